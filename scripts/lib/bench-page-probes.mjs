/**
 * Functions that run INSIDE the page (passed to addInitScript / evaluate), kept apart from the Node
 * side so it is clear what executes where. They must not close over anything outside themselves.
 */
/* global window, document, performance, PerformanceObserver, MutationObserver, requestAnimationFrame, setTimeout, clearTimeout */

/**
 * Installed before any page script runs: records LCP and CLS as the browser reports them.
 * LCP is the last `largest-contentful-paint` entry (the browser emits a new one each time a larger
 * element paints). CLS is the largest session window of `layout-shift` entries without recent input
 * (gap < 1 s, window < 5 s), which is how the web-vitals definition groups shifts.
 */
export function installVitalsObserver() {
  const vitals = { lcp: null, cls: 0 };
  window.__benchVitals = vitals;
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    if (last !== undefined) vitals.lcp = last.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  let windowValue = 0;
  let windowStart = 0;
  let previous = 0;
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) {
      if (shift.hadRecentInput) continue;
      const continues = windowValue > 0 && shift.startTime - previous < 1000 && shift.startTime - windowStart < 5000;
      windowValue = continues ? windowValue + shift.value : shift.value;
      if (!continues) windowStart = shift.startTime;
      previous = shift.startTime;
      vitals.cls = Math.max(vitals.cls, windowValue);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Reads what installVitalsObserver gathered, after two frames so pending observer callbacks ran. */
export function readVitals() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__benchVitals ?? null)));
  });
}

/**
 * Arms a one-shot probe for the next filter change. Start: the event's own timestamp, taken when the
 * browser created the `input`/`change`/`click` event (capture phase on document, so before React's
 * handlers on #root). End: the second requestAnimationFrame after the first DOM mutation; the first
 * rAF runs before the frame with the update is painted, the second runs once it has been.
 * `maxWaitMs` only bounds a step that causes no event or no DOM update (then `ms` is null); it is
 * not part of the measure.
 */
export function armFilterFrameProbe(maxWaitMs) {
  const startEvents = ['input', 'change', 'click'];
  window.__benchFrame = new Promise((resolve) => {
    let observer = null;
    const finish = (result) => {
      clearTimeout(giveUp);
      observer?.disconnect();
      for (const type of startEvents) document.removeEventListener(type, onStart, true);
      resolve(result);
    };
    const giveUp = setTimeout(() => finish({ ms: null }), maxWaitMs);
    const onStart = (event) => {
      for (const type of startEvents) document.removeEventListener(type, onStart, true);
      const startedAt = event.timeStamp;
      observer = new MutationObserver(() => {
        observer?.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => finish({ ms: performance.now() - startedAt })));
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    };
    for (const type of startEvents) document.addEventListener(type, onStart, true);
  });
}

/** Resolves with the armed probe's result. */
export function awaitFilterFrame() {
  return window.__benchFrame;
}
