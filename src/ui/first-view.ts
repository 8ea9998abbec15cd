import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * "The first complete view": the headline figures on screen with data. Marked once on the
 * performance timeline (the benchmark counts the JS fetched before it against the first-view
 * budget) and announced with an event, after which the panels below the fold load when idle.
 */
export const FIRST_VIEW_MARK = 'occ:first-complete-view';
export const FIRST_VIEW_EVENT = 'occ:first-complete-view';

/**
 * Kept here, not read back from the performance timeline: the first view can now be marked in the
 * app's very first commit (src/app/warm-first-view.ts), before the effects of later components in the
 * same commit listen for the event, and they then ask this; a page whose timeline is replaced (a test's
 * fake clock) or full must not leave them waiting for an event that has passed.
 */
let shown = false;

export function firstViewShown(): boolean {
  return shown;
}

export function markFirstView(): void {
  if (shown) return;
  shown = true;
  performance.mark(FIRST_VIEW_MARK);
  window.dispatchEvent(new Event(FIRST_VIEW_EVENT));
}

/**
 * "The complete dashboard": the trends, the map with its symbols and the offices table, each painted
 * with data. Each panel reports itself once; the mark is set when the last one has (the benchmark
 * times the whole page with it, docs/DESIGN.md §8).
 */
export const DASHBOARD_READY_MARK = 'occ:dashboard-ready';
export type DashboardPart = 'headline' | 'trends' | 'office-map' | 'offices-table';
const DASHBOARD_PARTS: readonly DashboardPart[] = ['trends', 'office-map', 'offices-table'];
const DATASET_PARTS: readonly DashboardPart[] = ['headline', ...DASHBOARD_PARTS];
const painted = new Set<DashboardPart>();
const paintedByDataset = new Map<string, Set<DashboardPart>>();

/** `occ:dashboard-ready:<dataset id>`: every panel, the headline included, painted with that dataset. */
export function datasetReadyMark(datasetId: string): string {
  return `${DASHBOARD_READY_MARK}:${datasetId}`;
}

/**
 * A panel committed with data of `datasetId`; it counts as painted once the next frame is on screen.
 * The first dataset's complete dashboard is marked once (DASHBOARD_READY_MARK); each dataset is also
 * marked the first time every panel shows it, which is how the benchmark times an analyst's file from
 * the moment it is chosen to the last panel drawn.
 */
export function markPainted(part: DashboardPart, datasetId: string): void {
  afterNextPaint(() => recordPainted(part, datasetId));
}

function recordPainted(part: DashboardPart, datasetId: string): void {
  const parts = paintedByDataset.get(datasetId) ?? new Set<DashboardPart>();
  paintedByDataset.set(datasetId, parts);
  parts.add(part);
  const mark = datasetReadyMark(datasetId);
  if (DATASET_PARTS.every((p) => parts.has(p)) && performance.getEntriesByName(mark).length === 0) performance.mark(mark);
  if (part === 'headline' || painted.has(part)) return;
  painted.add(part);
  if (DASHBOARD_PARTS.every((p) => painted.has(p)) && performance.getEntriesByName(DASHBOARD_READY_MARK).length === 0) {
    performance.mark(DASHBOARD_READY_MARK);
  }
}

/** True once the first complete view is on screen: work that can wait (the "Your data" list) waits for it. */
export function useFirstViewShown(): boolean {
  const [shown, setShown] = useState(firstViewShown);
  useEffect(() => {
    if (shown) return;
    const show = (): void => setShown(true);
    window.addEventListener(FIRST_VIEW_EVENT, show, { once: true });
    if (firstViewShown()) show();
    return () => window.removeEventListener(FIRST_VIEW_EVENT, show);
  }, [shown]);
  return shown;
}
