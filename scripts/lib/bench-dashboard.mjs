/* global window, document, performance, PerformanceObserver, MutationObserver, requestAnimationFrame, setTimeout, clearTimeout, Event */
/**
 * Issue 11's measures, on the sample dataset (56 offices with values): cold loads at 1× and 4× CPU
 * (largest contentful paint, the complete dashboard, layout shift over the load and five filter
 * changes), and the focus-edition change with the map on screen, counted as painted only when every
 * panel in the viewport shows the new edition. Functions named `in*` run inside the page.
 */
import { median } from './bench-table.mjs';

export const SAMPLE_PATH = '/?dataset=sample&edition=XIII';
/** Issue 11's profile: 1280×800, DPR 1, cold cache per load. */
export const DASHBOARD_PROFILE = Object.freeze({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
const DASHBOARD_MARK = 'occ:dashboard-ready';
const WAIT_MS = 30_000;
/** The focus editions the changes alternate between (both have results in every dataset). */
const EDITIONS = ['XII', 'XIII'];

/** Installed before any page script: LCP, and every layout shift with what moved. */
function inInstallObservers() {
  const record = { lcp: null, shifts: [] };
  window.__benchDashboard = record;
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    if (last !== undefined) record.lcp = last.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) {
      const moved = (shift.sources ?? []).map((source) => {
        const node = source.node;
        const name = node instanceof window.Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : String(node?.nodeName ?? '?');
        return `${name} ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`;
      });
      record.shifts.push({ at: Math.round(shift.startTime), value: shift.value, moved });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

function inReadRecord() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__benchDashboard ?? null)));
  });
}

/**
 * Chooses `edition` in the Focus edition select as a reader would (value, then input and change),
 * and resolves with the ms from that event to the frame painted once every panel in the viewport
 * shows the edition (each panel's root says which with data-view-edition).
 */
function inChangeFocus({ edition, maxWaitMs }) {
  const select = [...document.querySelectorAll('form[aria-label="Filters"] select')].find((el) =>
    [...el.options].some((option) => option.value === edition && /^OCC /.test(option.text)),
  );
  if (!select) return Promise.resolve({ ms: null, reason: 'no focus edition select' });
  const visibleStale = () =>
    [...document.querySelectorAll('[data-view-edition]')].filter((el) => {
      const box = el.getBoundingClientRect();
      const onScreen = box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
      return onScreen && el.getAttribute('data-view-edition') !== edition;
    }).length;
  return new Promise((resolve) => {
    let observer = null;
    const giveUp = setTimeout(() => {
      observer?.disconnect();
      resolve({ ms: null, reason: `${visibleStale()} panel(s) never showed ${edition}` });
    }, maxWaitMs);
    const startedAt = performance.now();
    const check = () => {
      if (visibleStale() > 0) return;
      observer?.disconnect();
      clearTimeout(giveUp);
      requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ms: performance.now() - startedAt })));
    };
    observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    select.value = edition;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function throttled(context, page, rate) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/**
 * `runs` cold loads of `url` at CPU `rate`: LCP, the dashboard-ready mark, then five focus-edition
 * changes at the top of the page, and every layout shift over all of it.
 */
export async function measureColdLoads(browser, url, { runs, rate, changes = 5 }) {
  const samples = { lcp: [], dashboard: [], shift: [], worstShifts: [] };
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext(DASHBOARD_PROFILE);
    try {
      await context.addInitScript(inInstallObservers);
      const page = await context.newPage();
      await throttled(context, page, rate);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DASHBOARD_MARK, { timeout: WAIT_MS });
      const dashboard = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, DASHBOARD_MARK);
      for (let i = 0; i < changes; i += 1) {
        await page.evaluate(inChangeFocus, { edition: EDITIONS[i % 2], maxWaitMs: WAIT_MS });
      }
      const record = await page.evaluate(inReadRecord);
      if (record?.lcp != null) samples.lcp.push(record.lcp);
      if (dashboard !== null) samples.dashboard.push(dashboard);
      const total = (record?.shifts ?? []).reduce((sum, shift) => sum + shift.value, 0);
      samples.shift.push(total);
      if (total > 0) samples.worstShifts.push(...record.shifts.filter((shift) => shift.value > 0));
    } finally {
      await context.close();
    }
  }
  return samples;
}

/**
 * The focus edition changed `iterations` times with the map panel on screen, at each CPU rate, after
 * one unmeasured round (first-use costs). Returns ms per change (null where a panel never updated).
 */
export async function measureFocusChange(browser, url, { iterations, cpuRates, show }) {
  const context = await browser.newContext(DASHBOARD_PROFILE);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DASHBOARD_MARK, { timeout: WAIT_MS });
    const shown = await show(page);
    const cdp = await context.newCDPSession(page);
    const byRate = {};
    const reasons = new Set();
    let step = 0;
    const change = async () => {
      const result = await page.evaluate(inChangeFocus, { edition: EDITIONS[step++ % 2], maxWaitMs: 10_000 });
      if (result.reason) reasons.add(result.reason);
      return result.ms;
    };
    for (const rate of cpuRates) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      for (let i = 0; i < 2; i += 1) await change();
      const samples = [];
      for (let i = 0; i < iterations; i += 1) samples.push(await change());
      byRate[rate] = samples;
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { byRate, shown, reasons: [...reasons] };
  } finally {
    await context.close();
  }
}

/** The shifts to name under the table: the largest few, with what moved. */
export function describeShifts(shifts) {
  return [...shifts]
    .sort((a, b) => b.value - a.value)
    .slice(0, 5)
    .map((shift) => `${shift.value.toFixed(4)} at ${shift.at} ms: ${shift.moved.join('; ') || '(no source)'}`);
}

export { median };
