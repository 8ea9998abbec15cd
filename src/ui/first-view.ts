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
