/**
 * What a reader asks to see: every choice a reader can make, as plain data. The URL carries it
 * (src/state/url-params.ts writes only the values that differ from DEFAULT_VIEW_REQUEST), and
 * resolveView (resolve-view.ts) checks it against the loaded dataset. Nothing downstream reads a
 * request directly: panels and exports read the resolved View, so none of them falls back on its own.
 */
import type { ColumnPreset } from './breakdown-columns';
import { DEFAULT_COLUMN_PRESET } from './breakdown-columns';
import { DEFAULT_SORT } from './breakdown-sort';
import type { TableSort } from './breakdown-sort';

/** How the office small multiples share the y-axis: `shared` compares offices, `independent` shows each shape. */
export type ScaleMode = 'shared' | 'independent';
export const SCALE_MODES: readonly ScaleMode[] = ['shared', 'independent'];

/** Which office rows the offices table shows: all, or only the selected offices. */
export type RowsChoice = 'all' | 'selected';
export const ROWS_CHOICES: readonly RowsChoice[] = ['all', 'selected'];

export interface ViewRequest {
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
  /** The trends' office y-scales. */
  scale: ScaleMode;
  /** The metric columns of both breakdown tables. */
  columns: ColumnPreset;
  /** The offices table's sort. */
  officeSort: TableSort;
  /** The editions table's sort. */
  editionSort: TableSort;
  /** The offices table's search text (office names and cities). */
  search: string;
  /** The offices table's rows. */
  rows: RowsChoice;
  /** Release mode's threshold K (counts 1 to K−1 show as "<K"); null = off. */
  suppress: number | null;
  /** Release mode also shows published counts under K as "<K" (they are public: only when the reader asks). */
  suppressPublished: boolean;
}

/** Up to ten offices stay readable side by side in the trends, the map and the table. */
export const MAX_OFFICES = 10;
/** A search longer than any office name or city finds nothing; the cap keeps pasted text out of the URL. */
export const MAX_SEARCH_LENGTH = 60;

export const DEFAULT_VIEW_REQUEST: ViewRequest = {
  dataset: 'published',
  metric: 'minor-victims',
  from: null,
  to: null,
  edition: null,
  offices: [],
  scale: 'shared',
  columns: DEFAULT_COLUMN_PRESET,
  officeSort: DEFAULT_SORT,
  editionSort: DEFAULT_SORT,
  search: '',
  rows: 'all',
  suppress: null,
  suppressPublished: false,
};

/** A value dropped from the request (an unknown id, a year off the axis), said to the reader once. */
export interface ViewNotice {
  /** Stable key for React lists and dismissal: `${param}=${value}`. */
  id: string;
  /** The URL parameter it was given in. */
  param: string;
  value: string;
  message: string;
}

const sameSort = (a: TableSort, b: TableSort): boolean => a.column === b.column && a.direction === b.direction;

/** True when two requests describe the same view (offices compared in order: the order is chosen). */
export function sameRequest(a: ViewRequest, b: ViewRequest): boolean {
  return (
    a.dataset === b.dataset &&
    a.metric === b.metric &&
    a.from === b.from &&
    a.to === b.to &&
    a.edition === b.edition &&
    a.offices.length === b.offices.length &&
    a.offices.every((id, i) => id === b.offices[i]) &&
    a.scale === b.scale &&
    a.columns === b.columns &&
    sameSort(a.officeSort, b.officeSort) &&
    sameSort(a.editionSort, b.editionSort) &&
    a.search === b.search &&
    a.rows === b.rows &&
    a.suppress === b.suppress &&
    a.suppressPublished === b.suppressPublished
  );
}
