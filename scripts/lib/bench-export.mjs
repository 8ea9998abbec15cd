/* global document, performance, window -- used only inside page.evaluate callbacks, which run in the browser */
/**
 * Issue 6 / docs/DESIGN.md §8: "PNG export at 2× ≤ 150 ms from click to file", measured on the trends
 * panel's Export menu the way a reader uses it. Adjust the names here when the menu's labels change
 * (src/export/export-choices.ts and src/ui/export-menu/).
 */
import { DESKTOP, settle } from './bench-measures.mjs';
import { showTrends, trendsPanel } from './bench-scenarios.mjs';

/** The menu button is named "Export <subject>", e.g. "Export trends chart". */
const EXPORT_BUTTON = /^Export\b/;
/** The item reads "PNG 2× (default)" today; only its start is relied on. */
const PNG_2X_ITEM = /^PNG 2×/;
const WAIT_MS = 10_000;

/** In the page: remembers when the next click happens, as wall-clock ms (see timeOneExport). */
function stampNextClick() {
  window.__benchClickAt = new Promise((resolve) => {
    const onClick = (event) => resolve(performance.timeOrigin + event.timeStamp);
    document.addEventListener('click', onClick, { capture: true, once: true });
  });
}

function readClickStamp() {
  return window.__benchClickAt;
}

/**
 * One export: open the menu, click "PNG 2×", wait for Playwright's download event. The clock starts
 * at the click event's own timestamp in the page (so Playwright's pre-click checks are not counted)
 * and stops when the download event reaches Node; both are read as wall-clock time, the only clock
 * the browser and Node share on one machine.
 */
async function timeOneExport(page, button) {
  await button.click();
  const item = trendsPanel(page).getByRole('menuitem', { name: PNG_2X_ITEM });
  await item.waitFor({ timeout: WAIT_MS });
  await page.evaluate(stampNextClick);
  let arrivedAt = 0;
  const downloaded = page.waitForEvent('download', {
    timeout: WAIT_MS,
    predicate: () => {
      arrivedAt = Date.now();
      return true;
    },
  });
  await item.click();
  const download = await downloaded;
  const clickedAt = await page.evaluate(readClickStamp);
  // The button is aria-disabled while an export runs: the next run starts once this one is over.
  await button.and(page.locator(':not([aria-disabled])')).waitFor({ timeout: WAIT_MS });
  return { ms: arrivedAt - clickedAt, file: download.suggestedFilename() };
}

/**
 * `runs` PNG 2× exports on one page with the trends panel on screen. Every run counts: the first one
 * also loads the export code (a lazy chunk), which is what a reader's first export costs, so it is
 * reported on its own as well. Returns { notFound: true } when the panel has no Export menu.
 */
export async function measureExport(browser, url, { runs }) {
  const context = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    await showTrends(page);
    await settle(page);
    const button = trendsPanel(page).getByRole('button', { name: EXPORT_BUTTON });
    const found = await button.waitFor({ state: 'visible', timeout: 3_000 }).then(
      () => true,
      () => false,
    );
    if (!found) return { notFound: true, samples: [], files: [] };
    const results = [];
    for (let run = 0; run < runs; run += 1) results.push(await timeOneExport(page, button));
    return { notFound: false, samples: results.map((r) => r.ms), files: results.map((r) => r.file) };
  } finally {
    await context.close();
  }
}
