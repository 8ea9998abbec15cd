#!/usr/bin/env node
/**
 * Makes sure a Chromium is there for the e2e tests and the benchmark.
 *
 * No test tool may download a browser, so the browser is Debian's `chromium` package. Found
 * ($CHROME_PATH or /usr/bin/chromium): print its version, exit 0. Missing and running as root:
 * install it with apt-get, exit 0 once it answers `--version`. Missing and not root: print the
 * exact command to run as root, exit 1.
 */
import console from 'node:console';
import process from 'node:process';
import { spawnSync } from 'node:child_process';
import { DEFAULT_CHROMIUM_PATH, INSTALL_COMMAND, chromiumCandidates, chromiumVersion, findChromium } from './lib/chromium-path.mjs';

function report(path) {
  console.log(`${chromiumVersion(path)} (${path})`);
}

/** Runs one apt-get step with the terminal attached, so its progress shows; throws on failure. */
function aptGet(args) {
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

function main() {
  const found = findChromium();
  if (found !== null) {
    report(found);
    return 0;
  }
  if (process.getuid?.() !== 0) {
    console.error(`Chromium not found (looked at ${chromiumCandidates().join(', ')}).`);
    console.error('Install Debian\'s package as root, then run this again:');
    console.error(`  ${INSTALL_COMMAND}`);
    console.error('Or point CHROME_PATH at an existing Chromium or Chrome binary.');
    return 1;
  }
  console.log("Chromium not found: installing Debian's chromium with apt-get (about a minute)…");
  try {
    aptGet(['update']);
    aptGet(['install', '-y', 'chromium']);
  } catch (error) {
    console.error(`Installing chromium failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const installed = findChromium();
  if (installed === null) {
    console.error(`apt-get finished but no Chromium is at ${DEFAULT_CHROMIUM_PATH}.`);
    return 1;
  }
  report(installed);
  return 0;
}

process.exitCode = main();
