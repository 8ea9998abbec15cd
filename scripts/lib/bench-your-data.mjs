/* global window, document, performance, PerformanceObserver, MessageChannel */
/**
 * Issue 13's measures in Chromium, on the production build: an analyst's 728-row file from the moment
 * it is chosen (the file input's change event) to every panel painted with it (the app marks
 * `occ:dashboard-ready:<dataset id>` when the headline, trends, map and offices table have all drawn
 * that dataset); and the longest time the page's main thread is blocked while a 50 MB file is read
 * and validated in the worker. Functions named `in*` run inside the page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorsCsv, validCsv728 } from './bench-import.mjs';
import { DASHBOARD_PROFILE } from './bench-dashboard.mjs';

const WAIT_MS = 60_000;
const READY_PREFIX = 'occ:dashboard-ready:local-';

/** Notes the change event's time on the file input (capture, before the app's handler). */
function inArmChosen() {
  window.__benchChosen = null;
  document.addEventListener('change', (event) => (window.__benchChosen ??= event.timeStamp), { capture: true, once: true });
}

/**
 * A heartbeat on the main thread: a message posted to itself again and again. The longest gap
 * between two beats is the longest the thread was busy (a task, or a frame's style and layout), long
 * tasks under 50 ms included, which the Long Tasks API does not report. Long tasks are counted too.
 */
function inStartHeartbeat() {
  const probe = { maxGap: 0, longTasks: [], running: true };
  window.__benchHeartbeat = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  const channel = new MessageChannel();
  let last = performance.now();
  channel.port1.onmessage = () => {
    const now = performance.now();
    probe.maxGap = Math.max(probe.maxGap, now - last);
    last = now;
    if (probe.running) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
}

function inStopHeartbeat() {
  const probe = window.__benchHeartbeat;
  probe.running = false;
  return { maxGap: probe.maxGap, longTasks: probe.longTasks, chosenAt: window.__benchChosen };
}

/** A fresh context on `url`, the first dataset's dashboard painted, the Load your data dialog open and the change event armed. */
async function withLoadDialog(browser, url, measure) {
  const context = await browser.newContext(DASHBOARD_PROFILE);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('occ:dashboard-ready').length > 0, null, { timeout: WAIT_MS });
    await page.getByRole('button', { name: 'Load your data' }).click();
    const input = page.getByLabel('Choose a file (.csv, .xlsx or .json)');
    await input.waitFor({ timeout: WAIT_MS });
    await page.evaluate(inArmChosen);
    return await measure(page, input);
  } finally {
    await context.close();
  }
}

/** `text` as a file on disk while `use` runs (a path is handed to the file input faster than a buffer). */
async function withFile(name, text, use) {
  const dir = mkdtempSync(join(tmpdir(), 'occ-bench-your-data-'));
  try {
    const file = join(dir, name);
    writeFileSync(file, text);
    return await use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `runs` loads of the 728-row file, each in a fresh context (empty storage, cold caches). */
export async function measureYourDataLoad(browser, url, { runs }) {
  return withFile('results-728.csv', validCsv728(), async (file) => {
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      const ms = await withLoadDialog(browser, url, async (page, input) => {
        await input.setInputFiles(file);
        const handle = await page.waitForFunction(
          (prefix) => performance.getEntriesByType('mark').find((mark) => mark.name.startsWith(prefix))?.startTime ?? null,
          READY_PREFIX,
          { timeout: WAIT_MS },
        );
        const readyAt = await handle.jsonValue();
        const chosenAt = await page.evaluate(() => window.__benchChosen);
        return typeof readyAt === 'number' && typeof chosenAt === 'number' ? readyAt - chosenAt : null;
      });
      if (ms !== null) samples.push(ms);
    }
    return { samples };
  });
}

/** One 50 MB file of errors, chosen and validated to its problem list, with the heartbeat running. */
export async function measureLargeFileBlocking(browser, url) {
  return withFile('errors-50mb.csv', errorsCsv(50), (file) =>
    withLoadDialog(browser, url, async (page, input) => {
      await page.evaluate(inStartHeartbeat);
      await input.setInputFiles(file);
      await page.getByRole('heading', { name: 'errors-50mb.csv was not loaded' }).waitFor({ timeout: WAIT_MS });
      const probe = await page.evaluate(inStopHeartbeat);
      const doneAt = await page.evaluate(() => performance.now());
      return { ...probe, totalMs: typeof probe.chosenAt === 'number' ? doneAt - probe.chosenAt : null };
    }),
  );
}
