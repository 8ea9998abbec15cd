/**
 * Starts scripts/serve.mjs as a child process and hands back its URL, for the e2e harness and the
 * benchmark.
 *
 * The child runs node directly (not via npx, which would orphan it on kill) in its own process group,
 * so `stop()` can signal the whole group. Readiness is the "Serving … on URL" line the server prints
 * once it listens, not a sleep; a deadline turns a server that never comes up into a clear error.
 */
import { spawn } from 'node:child_process';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { URL, fileURLToPath } from 'node:url';

const SERVE_SCRIPT = fileURLToPath(new URL('../serve.mjs', import.meta.url));
const READY_LINE = /^Serving .+ on (http:\/\/\S+)$/m;

/** Resolves when the child exits, or after `ms` (returns false then). */
function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function signalGroup(child, signal) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * @param {{ dir: string, port?: number, cwd?: string, timeoutMs?: number }} options
 * @returns {Promise<{ url: string, pid: number, stop: () => Promise<void> }>}
 */
export async function startStaticServer({ dir, port = 0, cwd = process.cwd(), timeoutMs = 15_000 }) {
  const child = spawn(process.execPath, [SERVE_SCRIPT, '--port', String(port), '--dir', dir], {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });

  const url = await new Promise((resolve, reject) => {
    const fail = (reason) => {
      clearTimeout(timer);
      signalGroup(child, 'SIGKILL');
      reject(new Error(`static server did not start (${reason}).\nOutput:\n${output.trim()}`));
    };
    const timer = setTimeout(() => fail(`no "Serving" line within ${timeoutMs} ms`), timeoutMs);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`exited with ${signal ?? `code ${code}`}`));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = READY_LINE.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(match[1]);
      }
    });
  });

  async function stop() {
    signalGroup(child, 'SIGTERM');
    if (await waitForExit(child, 5_000)) return;
    signalGroup(child, 'SIGKILL');
    await waitForExit(child, 5_000);
  }

  return { url, pid: child.pid ?? -1, stop };
}
