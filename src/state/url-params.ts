/**
 * The URL query is the public interface of the view: a shared link must reproduce it exactly.
 * Every choice a reader can make has a parameter (README, "URL parameters"); only values that differ
 * from the default are written, so the default view has a clean URL. Parsing here checks syntax only;
 * whether an id exists in the loaded dataset is resolveView's job (src/domain/resolve-view.ts).
 *
 * Pure: no React, no DOM beyond the standard URLSearchParams.
 */
import { COLUMN_PRESETS, isColumnPreset } from '../domain/breakdown-columns';
import { LABEL_COLUMN } from '../domain/breakdown-sort';
import type { TableSort } from '../domain/breakdown-sort';
import {
  invalidThresholdNotice,
  notAYearNotice,
  searchTooLongNotice,
  toBeforeFromNotice,
  unknownDatasetNotice,
  unknownEditionNotice,
  unknownMetricNotice,
  unknownOfficeNotice,
  unknownOptionNotice,
  unknownSortNotice,
} from '../domain/view-notices';
import { DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD, parseThreshold } from '../domain/suppression';
import { DEFAULT_VIEW_REQUEST, MAX_SEARCH_LENGTH, ROWS_CHOICES, SCALE_MODES } from '../domain/view-request';
import type { RowsChoice, ScaleMode, ViewNotice, ViewRequest } from '../domain/view-request';

/** The parameters this module owns, in the order they are written. */
export const VIEW_PARAMS = [
  'dataset',
  'metric',
  'from',
  'to',
  'edition',
  'offices',
  'scale',
  'columns',
  'office-sort',
  'edition-sort',
  'search',
  'rows',
  'suppress',
  'suppress-published',
] as const;
type ViewParam = (typeof VIEW_PARAMS)[number];
const VIEW_PARAM_NAMES: ReadonlySet<string> = new Set(VIEW_PARAMS);

/**
 * The first column of each table is named in the URL by what it holds (`office-sort=-office` is Z–A);
 * any other token is a metric id. A leading `-` means descending (the JSON:API convention).
 */
const LABEL_TOKEN = { 'office-sort': 'office', 'edition-sort': 'edition' } as const;
type SortParam = keyof typeof LABEL_TOKEN;

/** `suppress-published=yes`: release mode hides published counts under K too (no other value is written). */
const SUPPRESS_PUBLISHED = ['yes'] as const;

/** A leading zero would not survive a round trip (`0999` → 999 → `999`), so it is not a year here. */
const YEAR_PATTERN = /^[1-9]\d{3}$/;
/** Ids are kebab-case (`san-juan`) or Roman numerals (`XIII`); anything else is a mangled link. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

export interface ParsedRequest {
  request: ViewRequest;
  notices: ViewNotice[];
}

export function parseViewRequest(search: string): ParsedRequest {
  const params = new URLSearchParams(search);
  const notices: ViewNotice[] = [];
  const request: ViewRequest = { ...DEFAULT_VIEW_REQUEST, offices: [] };

  const id = (name: 'dataset' | 'metric' | 'edition', onBad: (value: string) => ViewNotice): string | null => {
    const value = firstValue(params, name);
    if (value === '') return null;
    if (ID_PATTERN.test(value)) return value;
    notices.push(onBad(value));
    return null;
  };
  request.dataset = id('dataset', unknownDatasetNotice) ?? request.dataset;
  request.metric = id('metric', unknownMetricNotice) ?? request.metric;

  request.from = parseYear(params, 'from', notices);
  request.to = parseYear(params, 'to', notices);
  if (request.from !== null && request.to !== null && request.to < request.from) {
    notices.push(toBeforeFromNotice(String(request.to), request.from));
    request.to = null;
  }
  request.edition = id('edition', (value) => unknownEditionNotice(value));
  request.offices = parseOffices(params.getAll('offices'), notices);

  request.scale = parseChoice<ScaleMode>(params, 'scale', SCALE_MODES, notices) ?? request.scale;
  const columns = parseChoice(params, 'columns', COLUMN_PRESETS, notices);
  if (columns !== null && isColumnPreset(columns)) request.columns = columns;
  request.officeSort = parseSort(params, 'office-sort', notices) ?? request.officeSort;
  request.editionSort = parseSort(params, 'edition-sort', notices) ?? request.editionSort;
  request.search = parseSearch(params, notices);
  request.rows = parseChoice<RowsChoice>(params, 'rows', ROWS_CHOICES, notices) ?? request.rows;
  request.suppress = parseSuppress(params, notices);
  request.suppressPublished = parseChoice(params, 'suppress-published', SUPPRESS_PUBLISHED, notices) === 'yes';
  return { request, notices };
}

/**
 * The query string for `request` (with its leading `?`, or '' when nothing remains, like
 * `location.search`). Parameters this module does not own (such as `scenario`) are kept verbatim and
 * in their order; the view's parameters are written as one block where the first of them stood (at
 * the end if none did).
 */
export function serializeViewRequest(request: ViewRequest, search = ''): string {
  const segments = search.replace(/^\?/, '').split('&').filter((segment) => segment !== '');
  const firstViewIndex = segments.findIndex(isViewSegment);
  const others = segments.filter((segment) => !isViewSegment(segment));
  // Every segment before the first view parameter is someone else's, so the index carries over.
  const insertAt = firstViewIndex === -1 ? others.length : firstViewIndex;
  const all = [...others.slice(0, insertAt), ...viewSegments(request), ...others.slice(insertAt)];
  return all.length === 0 ? '' : `?${all.join('&')}`;
}

function viewSegments(request: ViewRequest): string[] {
  const defaults = DEFAULT_VIEW_REQUEST;
  const segments: string[] = [];
  const write = (name: ViewParam, value: string): void => {
    segments.push(`${name}=${encodeURIComponent(value)}`);
  };
  if (request.dataset !== '' && request.dataset !== defaults.dataset) write('dataset', request.dataset);
  if (request.metric !== '' && request.metric !== defaults.metric) write('metric', request.metric);
  if (request.from !== null) write('from', String(request.from));
  if (request.to !== null) write('to', String(request.to));
  if (request.edition !== null && request.edition !== '') write('edition', request.edition);
  // Commas stay literal so `offices=denver,san-juan` reads as typed; each id is encoded on its own.
  if (request.offices.length > 0) segments.push(`offices=${request.offices.map(encodeURIComponent).join(',')}`);
  if (request.scale !== defaults.scale) write('scale', request.scale);
  if (request.columns !== defaults.columns) write('columns', request.columns);
  for (const param of ['office-sort', 'edition-sort'] as const) {
    const sort = param === 'office-sort' ? request.officeSort : request.editionSort;
    const token = sortToken(param, sort);
    if (token !== null) write(param, token);
  }
  if (request.search !== '') write('search', request.search);
  if (request.rows !== defaults.rows) write('rows', request.rows);
  if (request.suppress !== null) write('suppress', String(request.suppress));
  if (request.suppressPublished) write('suppress-published', 'yes');
  return segments;
}

/** `-minor-victims`, `office` … or null for the default sort (the first column, A–Z). */
function sortToken(param: SortParam, sort: TableSort): string | null {
  const column = sort.column === LABEL_COLUMN ? LABEL_TOKEN[param] : sort.column;
  if (sort.column === LABEL_COLUMN && sort.direction === 'ascending') return null;
  return sort.direction === 'descending' ? `-${column}` : column;
}

function isViewSegment(segment: string): boolean {
  // Decode the name the same way parsing does, so `%6Detric=x` is recognised as `metric`.
  const name = new URLSearchParams(segment).keys().next().value ?? '';
  return VIEW_PARAM_NAMES.has(name);
}

/** The first occurrence wins; an empty value means "default", which is not worth a notice. */
function firstValue(params: URLSearchParams, name: ViewParam): string {
  return (params.get(name) ?? '').trim();
}

function parseYear(params: URLSearchParams, name: 'from' | 'to', notices: ViewNotice[]): number | null {
  const value = firstValue(params, name);
  if (value === '') return null;
  if (YEAR_PATTERN.test(value)) return Number(value);
  notices.push(notAYearNotice(name, value));
  return null;
}

/** Repeated `offices` parameters are read as one list; empty items and repeats are skipped quietly. */
function parseOffices(values: string[], notices: ViewNotice[]): string[] {
  const offices: string[] = [];
  const seen = new Set<string>();
  for (const item of values.flatMap((value) => value.split(','))) {
    const id = item.trim();
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    if (ID_PATTERN.test(id)) offices.push(id);
    else notices.push(unknownOfficeNotice(id));
  }
  return offices;
}

function parseChoice<T extends string>(
  params: URLSearchParams,
  name: ViewParam,
  allowed: readonly T[],
  notices: ViewNotice[],
): T | null {
  const value = firstValue(params, name);
  if (value === '') return null;
  const choice = allowed.find((option) => option === value);
  if (choice === undefined) notices.push(unknownOptionNotice(name, value, allowed));
  return choice ?? null;
}

/** Syntax only: whether the metric is a column of the table is resolveView's to say. */
function parseSort(params: URLSearchParams, name: SortParam, notices: ViewNotice[]): TableSort | null {
  const value = firstValue(params, name);
  if (value === '') return null;
  const descending = value.startsWith('-');
  const column = descending ? value.slice(1) : value;
  if (!ID_PATTERN.test(column)) {
    notices.push(unknownSortNotice(name, value));
    return null;
  }
  return {
    column: column === LABEL_TOKEN[name] ? LABEL_COLUMN : column,
    direction: descending ? 'descending' : 'ascending',
  };
}

/** Release mode's K. A value that is not one (`suppress=1`) keeps release mode on at the default, with a notice. */
function parseSuppress(params: URLSearchParams, notices: ViewNotice[]): number | null {
  const value = firstValue(params, 'suppress');
  if (value === '') return null;
  const threshold = parseThreshold(value);
  if (threshold !== null) return threshold;
  notices.push(invalidThresholdNotice(value, MIN_THRESHOLD, MAX_THRESHOLD, DEFAULT_THRESHOLD));
  return DEFAULT_THRESHOLD;
}

function parseSearch(params: URLSearchParams, notices: ViewNotice[]): string {
  // Inner spaces are part of a search ("san j"); only the ends are trimmed, as typed text would be.
  const value = firstValue(params, 'search');
  if (value.length <= MAX_SEARCH_LENGTH) return value;
  notices.push(searchTooLongNotice(value, MAX_SEARCH_LENGTH));
  return '';
}
