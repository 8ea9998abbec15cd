#!/usr/bin/env node
/**
 * Performance benchmark of the production build in real Chromium (DESIGN.md §8). It reports numbers
 * against the budgets; it never fails on a budget (timings on a shared 2-core machine are noisy, so
 * they are read by people, not gated). Exit code is non-zero only when the build or server fails.
 *
 *   node scripts/bench.mjs [--no-build] [--dir dist] [--path /] [--runs 5] [--iterations 15]
 *
 * Sizes are gzip in kB (1 kB = 1000 bytes, as in Vite's build log). The filter-change interaction
 * lives in scripts/lib/bench-interaction.mjs.
 */
import console from 'node:console';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { measureFilterChange, measureFirstViewTransfer, measureVitals } from './lib/bench-measures.mjs';
import { firstViewBundle } from './lib/bundle-graph.mjs';
import { CHROMIUM_ARGS, findChromium, INSTALL_COMMAND } from './lib/chromium-path.mjs';
import { startStaticServer } from './lib/start-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CPU_RATES = [1, 4];
const DESKTOP_LABEL = 'desktop 1366×768, DPR 1, no network or CPU throttling, cold cache per load';
/** Budgets from DESIGN.md §8. */
const BUDGET = { jsKb: 120, cssKb: 15, dataKb: 80, lcpS: 1.0, cls: 0.02, frameMs: { 1: 50, 4: 120 } };

function readOptions() {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      dir: { type: 'string', default: 'dist' },
      path: { type: 'string', default: '/' },
      runs: { type: 'string', default: '5' },
      iterations: { type: 'string', default: '15' },
    },
  });
  return {
    build: !values['no-build'],
    dir: resolve(ROOT, values.dir),
    path: values.path,
    runs: Math.max(1, Number(values.runs) || 5),
    iterations: Math.max(1, Number(values.iterations) || 15),
  };
}

function runBuild() {
  console.log('Building: node_modules/.bin/vite build');
  const result = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  return result.status === 0;
}

const sum = (values) => values.reduce((total, value) => total + value, 0);
const kb = (bytes) => bytes / 1000;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return null;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Nearest-rank percentile: with 15 samples p95 is the largest, i.e. no sample is hidden. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : (sorted[Math.ceil((p / 100) * sorted.length) - 1] ?? null);
}

/**
 * A table row. `value` null means not measured and `note` says why; `digits` is how many decimals
 * the value shows (the budget is shown as DESIGN.md writes it).
 */
function row(measure, value, budget, unit, digits, note = 'n/a') {
  const withUnit = (text) => (unit === '' ? text : `${text} ${unit}`);
  const shown = { measure, budget: `≤ ${withUnit(String(budget))}` };
  if (value === null) return { ...shown, value: note, ok: '–' };
  return { ...shown, value: withUnit(value.toFixed(digits)), ok: value <= budget ? 'yes' : 'NO' };
}

function sizeRows(staticGraph, transfer) {
  const fetchedJs = transfer === null ? null : kb(sum(transfer.scripts.map((f) => f.gzip)));
  const css = transfer === null ? null : kb(sum(transfer.styles.map((f) => f.gzip)));
  const data = transfer === null ? null : kb(sum(transfer.data.map((f) => f.gzip)));
  return [
    // The static graph is what index.html forces before anything can run; the fetched figure adds
    // lazy chunks the first view pulls in. Both must fit the same budget.
    row('JS, index.html + static imports (gzip)', kb(sum(staticGraph.scripts.map((f) => f.gzip))), BUDGET.jsKb, 'kB', 1),
    row('JS fetched for the first view (gzip)', fetchedJs, BUDGET.jsKb, 'kB', 1),
    row('CSS fetched for the first view (gzip)', css, BUDGET.cssKb, 'kB', 1),
    row('data + map geometry for the first view (gzip)', data, BUDGET.dataKb, 'kB', 1),
  ];
}

function vitalsRows(vitals, runs) {
  const lcp = vitals === null ? null : median(vitals.lcp);
  return [
    row(`LCP, median of ${runs} cold loads`, lcp === null ? null : lcp / 1000, BUDGET.lcpS, 's', 2),
    row(`CLS, median of ${runs} cold loads`, vitals === null ? null : median(vitals.cls), BUDGET.cls, '', 3),
  ];
}

function filterRows(filter, iterations) {
  const rows = [];
  for (const rate of CPU_RATES) {
    const samples = filter?.byRate[rate]?.filter((ms) => ms !== null) ?? [];
    const missing = (filter?.byRate[rate]?.length ?? 0) - samples.length;
    let note = 'n/a (measure failed)';
    if (filter?.notFound) note = 'n/a (control not found)';
    else if (filter !== null && samples.length === 0) note = 'n/a (no DOM update)';
    const label = `filter change → painted frame, ${rate}× CPU, n=${iterations}${missing > 0 ? ` (${missing} without update)` : ''}`;
    const budget = BUDGET.frameMs[rate];
    rows.push(row(`${label}, median`, median(samples), budget, 'ms', 0, note));
    rows.push(row(`${label}, p95`, percentile(samples, 95), budget, 'ms', 0, note));
  }
  return rows;
}

function printTable(rows) {
  const columns = ['measure', 'value', 'budget', 'ok'];
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(columns.map((c) => r[c])));
}

function printFiles(title, files) {
  if (files.length === 0) return;
  console.log(`\n${title}`);
  for (const f of files) console.log(`  ${kb(f.gzip).toFixed(1).padStart(7)} kB  ${f.file}`);
}

/** Runs a measure; on error prints why and returns null, so one failure leaves the others standing. */
async function attempt(name, measure) {
  try {
    return await measure();
  } catch (error) {
    console.error(`bench: ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** Measures the served build in one browser and prints the report. */
async function report(browser, executablePath, serverUrl, options) {
  const url = new URL(options.path, serverUrl).href;
  console.log(`\nURL: ${url}\nChromium: ${browser.version()} (${executablePath})\nProfile: ${DESKTOP_LABEL}\n`);
  const staticGraph = firstViewBundle(options.dir);
  const transfer = await attempt('first-view transfer', () => measureFirstViewTransfer(browser, url));
  const vitals = await attempt('LCP/CLS', () => measureVitals(browser, url, options.runs));
  const filter = await attempt('filter change', () =>
    measureFilterChange(browser, url, { iterations: options.iterations, cpuRates: CPU_RATES }),
  );
  if (transfer?.settled === false) console.log('Note: the page never reached network idle within 15 s.\n');
  printTable([...sizeRows(staticGraph, transfer), ...vitalsRows(vitals, options.runs), ...filterRows(filter, options.iterations)]);
  printFiles('JS in index.html and its static imports:', staticGraph.scripts);
  printFiles('JS fetched for the first view:', transfer?.scripts ?? []);
  printFiles('CSS fetched for the first view:', transfer?.styles ?? []);
  printFiles('Data fetched for the first view:', transfer?.data ?? []);
  printFiles('Loaded after the first view, when idle (panels below the fold):', transfer?.later ?? []);
  saveResults({ url, chromium: browser.version(), staticGraph, transfer, vitals, filter });
}

async function main() {
  const options = readOptions();
  if (options.build && !runBuild()) return fail('vite build failed');
  if (!existsSync(join(options.dir, 'index.html'))) return fail(`${options.dir}/index.html not found`);
  const executablePath = findChromium();
  if (executablePath === null) return fail(`Chromium not found; as root run: ${INSTALL_COMMAND}`);

  let server;
  try {
    server = await startStaticServer({ dir: options.dir, cwd: ROOT });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  // The server runs in its own process group: stop it whatever happens, or it would outlive us.
  try {
    const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
    try {
      await report(browser, executablePath, server.url, options);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
  return 0;
}

/** Raw numbers for whoever wants to compare runs (.bench/ is git-ignored). */
function saveResults(results) {
  const dir = join(ROOT, '.bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'last-run.json'), `${JSON.stringify({ at: new Date().toISOString(), ...results }, null, 2)}\n`);
}

function fail(message) {
  console.error(`bench: ${message}`);
  return 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
