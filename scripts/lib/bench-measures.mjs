/* global performance -- used only inside page.evaluate callbacks, which run in the browser */
/**
 * The browser side of scripts/bench.mjs: each function opens fresh contexts on the served build and
 * returns raw numbers; bench.mjs turns them into the table. See docs/DESIGN.md §8 for the budgets.
 */
import { URL } from 'node:url';
import { gzipSize } from './bundle-graph.mjs';
import { FILTER_CHANGE_STEPS, locateFilterControl, readRenderedText } from './bench-interaction.mjs';
import { armFilterFrameProbe, awaitFilterFrame, installVitalsObserver, readVitals } from './bench-page-probes.mjs';

/** The desktop profile of §8: a common laptop screen, no network or CPU throttling. */
export const DESKTOP = Object.freeze({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });

/**
 * "Settled" = the load event plus 500 ms without network traffic (Playwright's networkidle): by then
 * the first view has fetched its data and geometry. Bounded, so a page that polls forever still
 * yields numbers (flagged as not settled).
 */
export async function settle(page) {
  return page.waitForLoadState('networkidle', { timeout: 15_000 }).then(
    () => true,
    () => false,
  );
}

/** Which budget a same-origin response counts against, or null for documents, images, fonts. */
function budgetKind(response, origin) {
  const url = new URL(response.url());
  if (url.origin !== origin || response.status() !== 200) return null;
  const type = response.request().resourceType();
  if (type === 'script' || /\.m?js$/.test(url.pathname)) return 'scripts';
  if (type === 'stylesheet' || url.pathname.endsWith('.css')) return 'styles';
  if (url.pathname.includes('/data/') || /\.(json|csv|topojson)$/.test(url.pathname)) return 'data';
  return null;
}

/** The app marks its first complete view (headline with data) on the performance timeline. */
const FIRST_VIEW_MARK = 'occ:first-complete-view';

/**
 * Starts recording the same-origin responses of `page` by budget kind; `stop()` ends the recording
 * and returns what was seen, still unread (bodies are read later, so reading does not slow the load).
 */
function recordResponses(page, origin) {
  const seen = [];
  const listener = (response) => {
    const kind = budgetKind(response, origin);
    if (kind !== null) seen.push({ kind, response });
  };
  page.on('response', listener);
  return () => {
    page.off('response', listener);
    return seen;
  };
}

/** File name and gzip size of one response body (null when the body is gone, e.g. a redirect). */
async function describeResponse({ kind, response }) {
  const body = await response.body().catch(() => null);
  return body === null ? null : { file: new URL(response.url()).pathname, gzip: gzipSize(body), kind };
}

/**
 * What one cold load of the page downloads before it settles, grouped by budget. Sizes are gzip of
 * the decoded bodies, computed here, so the figure does not depend on what the host compresses.
 * Unlike the static graph of index.html, this includes lazy chunks the first view pulls in.
 * Scripts that are not in `firstViewFiles` (the entry's static graph) and were not evaluated before
 * the app's first-complete-view mark are listed under `later`: the panels' chunks, which index.html
 * preloads in parallel but which only run when the panels mount, after the first view.
 */
export async function measureFirstViewTransfer(browser, url, firstViewFiles = new Set()) {
  const context = await browser.newContext(DESKTOP);
  try {
    const page = await context.newPage();
    const stop = recordResponses(page, new URL(url).origin);
    await page.goto(url, { waitUntil: 'load' });
    const settled = await settle(page);
    const seen = stop();
    const timeline = await page.evaluate((markName) => ({
      mark: performance.getEntriesByName(markName)[0]?.startTime ?? null,
      starts: performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime]),
    }), FIRST_VIEW_MARK);
    const startOf = new Map(timeline.starts);
    const files = { scripts: [], styles: [], data: [], later: [], settled, marked: timeline.mark !== null };
    for (const item of seen) {
      const entry = await describeResponse(item);
      if (entry === null) continue;
      const start = startOf.get(item.response.url());
      const afterFirstView = timeline.mark !== null && start !== undefined && start > timeline.mark;
      const preloadedPanel = entry.kind === 'scripts' && !firstViewFiles.has(entry.file.replace(/^\//, ''));
      (afterFirstView || preloadedPanel ? files.later : files[entry.kind]).push(entry);
    }
    return files;
  } finally {
    await context.close();
  }
}

/**
 * Everything one cold load downloads until `show(page)` has brought a panel on screen and drawn it
 * and the network is idle again, grouped by budget: what a reader who goes straight to that panel
 * costs. `shown` is what `show` counted (e.g. map symbols).
 */
export async function measureOnScreenTransfer(browser, url, show) {
  const context = await browser.newContext(DESKTOP);
  try {
    const page = await context.newPage();
    const stop = recordResponses(page, new URL(url).origin);
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const shown = await show(page);
    const settled = await settle(page);
    const files = { scripts: [], styles: [], data: [], settled, shown };
    for (const item of stop()) {
      const entry = await describeResponse(item);
      if (entry !== null) files[entry.kind].push(entry);
    }
    return files;
  } finally {
    await context.close();
  }
}

/** LCP (ms) and CLS of `runs` cold loads, each in a new context so nothing is cached. */
export async function measureVitals(browser, url, runs) {
  const samples = { lcp: [], cls: [] };
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext(DESKTOP);
    try {
      await context.addInitScript(installVitalsObserver);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await settle(page);
      const vitals = await page.evaluate(readVitals);
      if (vitals?.lcp !== null && vitals?.lcp !== undefined) samples.lcp.push(vitals.lcp);
      if (vitals !== null) samples.cls.push(vitals.cls);
    } finally {
      await context.close();
    }
  }
  return samples;
}

/**
 * One filter change; ms from the input event to the painted frame, or null when nothing painted or
 * the headline text stayed the same (React did not re-render for the new value).
 */
async function timeFilterStep(page, control, step) {
  const before = await readRenderedText(page);
  await page.evaluate(armFilterFrameProbe, 5_000);
  await step.run(control);
  const { ms } = await page.evaluate(awaitFilterFrame);
  return (await readRenderedText(page)) === before ? null : ms;
}

/**
 * Filter change → next painted frame, `iterations` times per CPU rate (1 = as is, 4 = four times
 * slower via CDP, a stand-in for a modest laptop). `show(page)`, when given, first brings the panel
 * under test on screen (the change is then made without scrolling back), and what it returns is
 * passed on as `shown`. One unmeasured round of every step first, so first-use costs (lazy code,
 * JIT) are not counted. Returns { notFound: true } without the control.
 */
export async function measureFilterChange(browser, url, { iterations, cpuRates, show }) {
  const context = await browser.newContext(DESKTOP);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const shown = show === undefined ? null : await show(page);
    if (show !== undefined) await settle(page);
    const control = locateFilterControl(page);
    const found = await control.waitFor({ state: 'visible', timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (!found) return { notFound: true, byRate: {}, shown };
    const cdp = await context.newCDPSession(page);
    // One counter across rates, so every step really changes the value (the steps alternate).
    let stepIndex = 0;
    const nextStep = () => timeFilterStep(page, control, FILTER_CHANGE_STEPS[stepIndex++ % FILTER_CHANGE_STEPS.length]);
    const byRate = {};
    for (const rate of cpuRates) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      for (let i = 0; i < FILTER_CHANGE_STEPS.length; i += 1) await nextStep();
      const samples = [];
      for (let i = 0; i < iterations; i += 1) samples.push(await nextStep());
      byRate[rate] = samples;
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { notFound: false, byRate, shown };
  } finally {
    await context.close();
  }
}
