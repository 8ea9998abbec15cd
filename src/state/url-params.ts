/**
 * The URL query is the public interface of the filters: a shared link must reproduce the view.
 * Parameters: dataset, metric, from, to, edition, offices (comma-separated, in the order chosen).
 * Only non-default values are written. Parsing here checks syntax only; whether an id exists in the
 * loaded dataset is validate-filters.ts's job.
 *
 * Pure: no React, no DOM beyond the standard URLSearchParams.
 */
import { DEFAULT_FILTERS, type FilterNotice, type Filters } from './filters';
import {
  notAYearNotice,
  toBeforeFromNotice,
  unknownDatasetNotice,
  unknownEditionNotice,
  unknownMetricNotice,
  unknownOfficeNotice,
} from './filter-notices';

/** The parameters this module owns, in the order they are written. */
export const FILTER_PARAMS = ['dataset', 'metric', 'from', 'to', 'edition', 'offices'] as const;
const FILTER_PARAM_NAMES: ReadonlySet<string> = new Set(FILTER_PARAMS);

/** Datasets every build offers; a catalogue may add more (imported packages). */
export const BUILT_IN_DATASET_IDS: readonly string[] = ['published', 'sample'];

/** A leading zero would not survive a round trip (`0999` → 999 → `999`), so it is not a year here. */
const YEAR_PATTERN = /^[1-9]\d{3}$/;
/** Ids are kebab-case (`san-juan`) or Roman numerals (`XIII`); anything else is a mangled link. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

export interface ParseOptions {
  /** Dataset ids from the catalogue, accepted in addition to the built-in ones. */
  datasetIds?: readonly string[];
}

export interface ParsedFilters {
  filters: Filters;
  notices: FilterNotice[];
}

export function parseFilters(search: string, options: ParseOptions = {}): ParsedFilters {
  const params = new URLSearchParams(search);
  const notices: FilterNotice[] = [];
  const filters: Filters = { ...DEFAULT_FILTERS, offices: [] };

  const dataset = firstValue(params, 'dataset');
  if (dataset !== '') {
    const knownDatasets = [...BUILT_IN_DATASET_IDS, ...(options.datasetIds ?? [])];
    if (knownDatasets.includes(dataset)) filters.dataset = dataset;
    else notices.push(unknownDatasetNotice(dataset));
  }

  const metric = firstValue(params, 'metric');
  if (metric !== '') {
    if (ID_PATTERN.test(metric)) filters.metric = metric;
    else notices.push(unknownMetricNotice(metric));
  }

  filters.from = parseYear(params, 'from', notices);
  filters.to = parseYear(params, 'to', notices);
  if (filters.from !== null && filters.to !== null && filters.to < filters.from) {
    notices.push(toBeforeFromNotice(String(filters.to), filters.from));
    filters.to = null;
  }

  const edition = firstValue(params, 'edition');
  if (edition !== '') {
    if (ID_PATTERN.test(edition)) filters.edition = edition;
    else notices.push(unknownEditionNotice(edition));
  }

  filters.offices = parseOffices(params.getAll('offices'), notices);
  return { filters, notices };
}

/**
 * The query string for `filters` (with its leading `?`, or '' when nothing remains, like
 * `location.search`). Parameters this module does not own are kept verbatim and in their order; the
 * filter parameters are written as one block where the first of them stood (at the end if none did).
 */
export function serializeFilters(filters: Filters, search = ''): string {
  const segments = search.replace(/^\?/, '').split('&').filter((segment) => segment !== '');
  const firstFilterIndex = segments.findIndex(isFilterSegment);
  const others = segments.filter((segment) => !isFilterSegment(segment));
  // Every segment before the first filter parameter is someone else's, so the index carries over.
  const insertAt = firstFilterIndex === -1 ? others.length : firstFilterIndex;
  const all = [...others.slice(0, insertAt), ...filterSegments(filters), ...others.slice(insertAt)];
  return all.length === 0 ? '' : `?${all.join('&')}`;
}

function filterSegments(filters: Filters): string[] {
  const segments: string[] = [];
  const write = (name: (typeof FILTER_PARAMS)[number], value: string) => {
    segments.push(`${name}=${encodeURIComponent(value)}`);
  };
  if (filters.dataset !== '' && filters.dataset !== DEFAULT_FILTERS.dataset) write('dataset', filters.dataset);
  if (filters.metric !== '' && filters.metric !== DEFAULT_FILTERS.metric) write('metric', filters.metric);
  if (filters.from !== null) write('from', String(filters.from));
  if (filters.to !== null) write('to', String(filters.to));
  if (filters.edition !== null && filters.edition !== '') write('edition', filters.edition);
  // Commas stay literal so `offices=denver,san-juan` reads as typed; each id is encoded on its own.
  if (filters.offices.length > 0) segments.push(`offices=${filters.offices.map(encodeURIComponent).join(',')}`);
  return segments;
}

function isFilterSegment(segment: string): boolean {
  // Decode the name the same way parsing does, so `%6Detric=x` is recognised as `metric`.
  const name = new URLSearchParams(segment).keys().next().value ?? '';
  return FILTER_PARAM_NAMES.has(name);
}

/** The first occurrence wins; an empty value means "default", which is not worth a notice. */
function firstValue(params: URLSearchParams, name: string): string {
  return (params.get(name) ?? '').trim();
}

function parseYear(params: URLSearchParams, name: 'from' | 'to', notices: FilterNotice[]): number | null {
  const value = firstValue(params, name);
  if (value === '') return null;
  if (YEAR_PATTERN.test(value)) return Number(value);
  notices.push(notAYearNotice(name, value));
  return null;
}

/** Repeated `offices` parameters are read as one list; empty items and repeats are skipped quietly. */
function parseOffices(values: string[], notices: FilterNotice[]): string[] {
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
