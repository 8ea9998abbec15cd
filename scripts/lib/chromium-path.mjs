/**
 * Where Debian's Chromium lives, and how every browser tool here launches it.
 *
 * No test tool may download a browser (there is no network but the package registries), so the
 * e2e harness and the benchmark drive the distribution's Chromium through playwright-core.
 */
import process from 'node:process';
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** Debian's package puts its launcher here. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** What a root user runs to install it (printed by ensure-chromium for non-root users). */
export const INSTALL_COMMAND =
  'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium';

/**
 * Flags for headless runs as root in a container: no sandbox (root cannot use it), no GPU, and
 * nothing that would reach for the network on its own (QUIC probes, component and sync updates).
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The candidate paths, most specific first: $CHROME_PATH (if set), then Debian's launcher. */
export function chromiumCandidates(env = process.env) {
  const fromEnv = env.CHROME_PATH?.trim();
  return fromEnv ? [fromEnv, DEFAULT_CHROMIUM_PATH] : [DEFAULT_CHROMIUM_PATH];
}

/** The first executable Chromium, or null when none is installed. */
export function findChromium(env = process.env) {
  return chromiumCandidates(env).find(isExecutable) ?? null;
}

/**
 * "Chromium 156.0.… built on Debian …" from `--version`. Debian's launcher is a shell script that
 * may print harmless shell warnings on stderr, so only stdout is read.
 */
export function chromiumVersion(path) {
  return execFileSync(path, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 30_000,
  }).trim();
}
