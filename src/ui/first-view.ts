/**
 * "The first complete view": the headline figures on screen with data. Marked once on the
 * performance timeline (the benchmark counts the JS fetched before it against the first-view
 * budget) and announced with an event, after which the panels below the fold load when idle.
 */
export const FIRST_VIEW_MARK = 'occ:first-complete-view';
export const FIRST_VIEW_EVENT = 'occ:first-complete-view';

export function firstViewShown(): boolean {
  return performance.getEntriesByName(FIRST_VIEW_MARK).length > 0;
}

export function markFirstView(): void {
  if (firstViewShown()) return;
  performance.mark(FIRST_VIEW_MARK);
  window.dispatchEvent(new Event(FIRST_VIEW_EVENT));
}

/**
 * "The complete dashboard": the trends, the map with its symbols and the offices table, each painted
 * with data. Each panel reports itself once; the mark is set when the last one has (the benchmark
 * times the whole page with it, docs/DESIGN.md §8).
 */
export const DASHBOARD_READY_MARK = 'occ:dashboard-ready';
export type DashboardPart = 'trends' | 'office-map' | 'offices-table';
const DASHBOARD_PARTS: readonly DashboardPart[] = ['trends', 'office-map', 'offices-table'];
const painted = new Set<DashboardPart>();

export function markPainted(part: DashboardPart): void {
  if (painted.has(part)) return;
  painted.add(part);
  if (DASHBOARD_PARTS.every((p) => painted.has(p)) && performance.getEntriesByName(DASHBOARD_READY_MARK).length === 0) {
    performance.mark(DASHBOARD_READY_MARK);
  }
}
