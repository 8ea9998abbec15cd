/**
 * Checks parsed filters against what the loaded dataset actually holds. Anything unknown falls back
 * to its default with a notice; nothing here throws, because a bad link must never break the page.
 *
 * Pure: no React, no DOM.
 */
import type { Dataset, Edition, YearGap } from '../data/types';
import { DEFAULT_FILTERS, MAX_OFFICES, type FilterNotice, type Filters } from './filters';
import {
  toBeforeFromNotice,
  tooManyOfficesNotice,
  unknownDatasetNotice,
  unknownEditionNotice,
  unknownMetricNotice,
  unknownOfficeNotice,
  yearOutsideAxisNotice,
} from './filter-notices';

export interface FilterContext {
  /** Dataset ids in the catalogue. */
  datasetIds: readonly string[];
  metricIds: readonly string[];
  editionIds: readonly string[];
  /** Every year on the dataset's time axis, gap years included. */
  editionYears: readonly number[];
  officeIds: readonly string[];
  /**
   * The dataset the ids above describe. When given and the filters name another dataset (it is
   * still loading), only `dataset` is checked: the rest waits for the matching context, so a value
   * valid in the new dataset is not dropped against the old one.
   */
  datasetId?: string;
  /** Optional, for explaining a year given as an edition ("2011": no operation that year). */
  editions?: readonly Pick<Edition, 'id' | 'year'>[];
  gaps?: readonly Pick<YearGap, 'year' | 'kind'>[];
}

export interface ValidatedFilters {
  filters: Filters;
  notices: FilterNotice[];
}

export function validateFilters(filters: Filters, context: FilterContext): ValidatedFilters {
  const notices: FilterNotice[] = [];
  const valid: Filters = { ...filters, offices: [...filters.offices] };

  if (!context.datasetIds.includes(valid.dataset)) {
    notices.push(unknownDatasetNotice(valid.dataset));
    valid.dataset = DEFAULT_FILTERS.dataset;
  }
  if (context.datasetId !== undefined && context.datasetId !== valid.dataset) {
    return { filters: valid, notices };
  }

  if (!context.metricIds.includes(valid.metric)) {
    notices.push(unknownMetricNotice(valid.metric));
    valid.metric = DEFAULT_FILTERS.metric;
  }

  validateYears(valid, context.editionYears, notices);

  if (valid.edition !== null && !context.editionIds.includes(valid.edition)) {
    notices.push(unknownEditionNotice(valid.edition, yearAsEditionDetail(valid.edition, context)));
    valid.edition = null;
  }

  const offices: string[] = [];
  for (const id of valid.offices) {
    if (offices.includes(id)) continue;
    if (context.officeIds.includes(id)) offices.push(id);
    else notices.push(unknownOfficeNotice(id));
  }
  if (offices.length > MAX_OFFICES) notices.push(tooManyOfficesNotice(offices.slice(MAX_OFFICES), MAX_OFFICES));
  valid.offices = offices.slice(0, MAX_OFFICES);

  return { filters: valid, notices: uniqueById(notices) };
}

/** Mutates `valid`: drops years off the axis, then a `to` before `from`. */
function validateYears(valid: Filters, axis: readonly number[], notices: FilterNotice[]): void {
  // An empty dataset has no range to check against; keep the years for when data arrive.
  if (axis.length > 0) {
    const first = Math.min(...axis);
    const last = Math.max(...axis);
    for (const param of ['from', 'to'] as const) {
      const year = valid[param];
      if (year !== null && (year < first || year > last)) {
        notices.push(yearOutsideAxisNotice(param, String(year), first, last));
        valid[param] = null;
      }
    }
  }
  if (valid.from !== null && valid.to !== null && valid.to < valid.from) {
    notices.push(toBeforeFromNotice(String(valid.to), valid.from));
    valid.to = null;
  }
}

/**
 * Readers often type the year they remember. Say why that year is not an edition, but only with
 * what the dataset states: "no operation" is true of a no-operation gap, not of a year whose
 * results were never published.
 */
function yearAsEditionDetail(value: string, context: FilterContext): string | undefined {
  if (!/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  const editionsThatYear = (context.editions ?? []).filter((edition) => edition.year === year).map((e) => e.id);
  if (editionsThatYear.length === 1) return `edition ${editionsThatYear.join('')} ran that year`;
  if (editionsThatYear.length > 1) return `editions ${editionsThatYear.join(' and ')} ran that year`;
  const gap = context.gaps?.find((g) => g.year === year);
  if (gap?.kind === 'no-operation') return 'no operation that year';
  if (gap?.kind === 'no-results-published') return 'no results were published for that year';
  if (context.editions !== undefined) return 'the data hold no edition that year';
  const latest = context.editionIds.at(-1);
  return latest === undefined ? undefined : `editions are numbered, such as ${latest}`;
}

function uniqueById(notices: FilterNotice[]): FilterNotice[] {
  return notices.filter((notice, i) => notices.findIndex((other) => other.id === notice.id) === i);
}

/**
 * The context for a loaded dataset. The time axis runs from the first to the last year named by an
 * edition or a gap, every year in between included, so gap years are valid `from`/`to` values.
 */
export function filterContextFrom(dataset: Dataset, datasetIds: readonly string[]): FilterContext {
  const years = [...dataset.editions.map((e) => e.year), ...dataset.gaps.map((g) => g.year)];
  const editionYears: number[] = [];
  if (years.length > 0) {
    for (let year = Math.min(...years); year <= Math.max(...years); year += 1) editionYears.push(year);
  }
  return {
    datasetIds,
    datasetId: dataset.manifest.id,
    metricIds: dataset.metrics.map((m) => m.id),
    editionIds: [...dataset.editions].sort((a, b) => a.number - b.number).map((e) => e.id),
    editionYears,
    officeIds: dataset.offices.map((o) => o.id),
    editions: dataset.editions,
    gaps: dataset.gaps,
  };
}
