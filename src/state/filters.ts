/**
 * The filters: what the reader has chosen. Nothing fetched lives here (that is TanStack Query's).
 * The URL is the source of truth; see url-params.ts for the public parameter names.
 */

export interface Filters {
  /** Dataset id from the catalogue: `published` (default) or `sample`. */
  dataset: string;
  /** Metric id, e.g. `minor-victims` (default). */
  metric: string;
  /** First and last year shown; null = the dataset's full range. */
  from: number | null;
  to: number | null;
  /** Focus edition id such as `XIII`; null = the latest edition with results. */
  edition: string | null;
  /** Selected field-office ids, in the order chosen. */
  offices: string[];
}

/** Up to ten offices stay readable side by side in the trends, the map and the table. */
export const MAX_OFFICES = 10;

export const DEFAULT_FILTERS: Filters = {
  dataset: 'published',
  metric: 'minor-victims',
  from: null,
  to: null,
  edition: null,
  offices: [],
};

/** A URL value that was dropped, shown to the reader as a dismissible notice. */
export interface FilterNotice {
  /** Stable key for React lists and dismissal: `${param}=${value}`. */
  id: string;
  param: keyof Filters;
  value: string;
  message: string;
}

/** True when two filter sets describe the same view (offices compared in order: order is chosen). */
export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    a.dataset === b.dataset &&
    a.metric === b.metric &&
    a.from === b.from &&
    a.to === b.to &&
    a.edition === b.edition &&
    a.offices.length === b.offices.length &&
    a.offices.every((id, i) => id === b.offices[i])
  );
}
