/**
 * resolveView: a reader's request checked against the dataset on screen, in one pure call. Every
 * value the dataset does not hold falls back to its default (with a notice for the reader, or quietly
 * where the reader's own later choice made it moot), and the result is the View that every panel and
 * every export reads. Nothing downstream falls back on its own, so the page and its exports cannot
 * disagree about what is shown.
 *
 * Pure: no React, no DOM. Never throws: a bad link must not break the page.
 */
import type { Edition, Metric, Office } from '../data/types';
import { columnMetrics } from './breakdown-columns';
import { DEFAULT_SORT, LABEL_COLUMN } from './breakdown-sort';
import type { TableSort } from './breakdown-sort';
import { releaseIndex } from './dataset-index';
import type { DatasetIndex } from './dataset-index';
import { DEFAULT_THRESHOLD, isThreshold } from './suppression';
import type { Suppressor } from './suppress-counts';
import type { SuppressionModel } from './suppression';
import { latestEditionWithResults } from './editions';
import {
  toBeforeFromNotice,
  tooManyOfficesNotice,
  unknownEditionNotice,
  unknownMetricNotice,
  unknownOfficeNotice,
  unknownSortNotice,
  yearOutsideAxisNotice,
} from './view-notices';
import { DEFAULT_VIEW_REQUEST, MAX_OFFICES } from './view-request';
import type { ViewNotice, ViewRequest } from './view-request';

export interface View {
  /** The request as resolved: every value valid for this dataset (what the URL should say). */
  request: ViewRequest;
  index: DatasetIndex;
  metric: Metric;
  /** The years shown: the request's range, or the dataset's whole time axis. */
  firstYear: number;
  lastYear: number;
  /** The focus edition: the one asked for, or the latest with results; none when no edition has results. */
  focus: Edition | undefined;
  /** The default focus edition; choosing it writes `edition: null`, keeping the URL clean. */
  latest: Edition | undefined;
  /** The selected offices, in the order chosen. */
  offices: Office[];
  /** The breakdown tables' metric columns (the chosen metric is always one). */
  columns: Metric[];
  /**
   * Release mode's one suppressed model (memoised per dataset and K), or undefined when it is off.
   * `index` then carries it (releaseIndex), so every value a panel or an export builds is withheld alike.
   */
  suppression: SuppressionModel | undefined;
}

export interface ResolvedView {
  /**
   * Undefined for a dataset without metrics (there is nothing to show), and while release mode is
   * asked for but its code has not arrived (`awaitingSuppressor`): no count is shown unprotected.
   */
  view: View | undefined;
  /** Release mode is on and no `suppressor` was given: the caller loads suppress-counts.ts and asks again. */
  awaitingSuppressor?: boolean;
  /** One per value the reader gave that this dataset cannot show. */
  notices: ViewNotice[];
}

/**
 * `previous` (the last View) lets unchanged lists keep their identity, so a panel memoised on the
 * selected offices or the columns does not recompute when only a table's sort changed. `suppressor`
 * computes release mode's model (suppress-counts.ts's suppressCounts, loaded on demand).
 */
export function resolveView(index: DatasetIndex, asked: ViewRequest, previous?: View, suppressor?: Suppressor): ResolvedView {
  const notices: ViewNotice[] = [];
  const request: ViewRequest = { ...asked, offices: [...asked.offices] };

  const metric = resolveMetric(index, request, notices);
  resolveYears(index, request, notices);
  const focusAsked = request.edition === null ? undefined : index.editionById.get(request.edition);
  if (request.edition !== null && !focusAsked) {
    notices.push(unknownEditionNotice(request.edition, yearAsEditionDetail(request.edition, index)));
    request.edition = null;
  }
  const offices = reuse(previous?.offices, resolveOffices(index, request, notices));
  const latest = latestEditionWithResults(index);
  if (!metric) return { view: undefined, notices };

  const columns = reuse(previous?.columns, columnMetrics(index, request.columns, metric.id));
  request.officeSort = resolveSort(index, columns, request.officeSort, 'office-sort', notices);
  request.editionSort = resolveSort(index, columns, request.editionSort, 'edition-sort', notices);
  // "Only the selected offices" means nothing without a selection; dropped so the link stays clean.
  if (request.offices.length === 0) request.rows = DEFAULT_VIEW_REQUEST.rows;

  // The URL parser only lets 2..20 through; a request built in code is checked again, never trusted to throw.
  if (request.suppress !== null && !isThreshold(request.suppress)) request.suppress = DEFAULT_THRESHOLD;
  // Hiding published counts means something only in release mode: dropped quietly without it.
  if (request.suppress === null) request.suppressPublished = false;
  if (request.suppress !== null && !suppressor) return { view: undefined, notices: uniqueById(notices), awaitingSuppressor: true };
  const suppression =
    request.suppress === null || !suppressor ? undefined : suppressor(index.dataset, { threshold: request.suppress, hidePublished: request.suppressPublished });

  const [axisFirst, axisLast] = index.yearRange;
  return {
    view: {
      request,
      index: releaseIndex(index, suppression),
      suppression,
      metric,
      firstYear: request.from ?? axisFirst,
      lastYear: request.to ?? axisLast,
      focus: focusAsked ?? latest,
      latest,
      offices,
      columns,
    },
    notices: uniqueById(notices),
  };
}

/** The metric asked for, else the default metric, else the dataset's first (a dataset may lack the default). */
function resolveMetric(index: DatasetIndex, request: ViewRequest, notices: ViewNotice[]): Metric | undefined {
  const asked = index.metricById.get(request.metric);
  if (asked) return asked;
  notices.push(unknownMetricNotice(request.metric));
  const fallback = index.metricById.get(DEFAULT_VIEW_REQUEST.metric) ?? index.dataset.metrics[0];
  request.metric = fallback?.id ?? DEFAULT_VIEW_REQUEST.metric;
  return fallback;
}

/** Mutates `request`: drops years off the axis, then a `to` before `from`. */
function resolveYears(index: DatasetIndex, request: ViewRequest, notices: ViewNotice[]): void {
  // An empty dataset has no range to check against; the years stay for when data arrive.
  const hasAxis = index.editions.length > 0 || index.dataset.gaps.length > 0;
  if (hasAxis) {
    const [first, last] = index.yearRange;
    for (const param of ['from', 'to'] as const) {
      const year = request[param];
      if (year !== null && (year < first || year > last)) {
        notices.push(yearOutsideAxisNotice(param, String(year), first, last));
        request[param] = null;
      }
    }
  }
  if (request.from !== null && request.to !== null && request.to < request.from) {
    notices.push(toBeforeFromNotice(String(request.to), request.from));
    request.to = null;
  }
}

function resolveOffices(index: DatasetIndex, request: ViewRequest, notices: ViewNotice[]): Office[] {
  const known: Office[] = [];
  for (const id of request.offices) {
    const office = index.officeById.get(id);
    if (!office) notices.push(unknownOfficeNotice(id));
    else if (!known.includes(office)) known.push(office);
  }
  if (known.length > MAX_OFFICES) {
    notices.push(tooManyOfficesNotice(known.slice(MAX_OFFICES).map((office) => office.id), MAX_OFFICES));
  }
  const offices = known.slice(0, MAX_OFFICES);
  request.offices = offices.map((office) => office.id);
  return offices;
}

/**
 * A sort by a metric the dataset lacks is a bad link (notice); a sort by a metric that is not among
 * the columns shown is the reader's own doing (fewer columns chosen) and falls back to A–Z quietly.
 */
function resolveSort(
  index: DatasetIndex,
  columns: readonly Metric[],
  sort: TableSort,
  param: string,
  notices: ViewNotice[],
): TableSort {
  if (sort.column === LABEL_COLUMN) return sort;
  if (!index.metricById.has(sort.column)) {
    const token = `${sort.direction === 'descending' ? '-' : ''}${sort.column}`;
    notices.push(unknownSortNotice(param, token));
    return DEFAULT_SORT;
  }
  return columns.some((metric) => metric.id === sort.column) ? sort : DEFAULT_SORT;
}

/**
 * Readers often type the year they remember. Say why that year is not an edition, but only with
 * what the dataset states: "no operation" is true of a no-operation gap, not of a year whose
 * results were never published.
 */
function yearAsEditionDetail(value: string, index: DatasetIndex): string | undefined {
  if (!/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  const editionsThatYear = index.editions.filter((edition) => edition.year === year).map((e) => e.id);
  if (editionsThatYear.length === 1) return `edition ${editionsThatYear.join('')} ran that year`;
  if (editionsThatYear.length > 1) return `editions ${editionsThatYear.join(' and ')} ran that year`;
  const gap = index.dataset.gaps.find((g) => g.year === year);
  if (gap?.kind === 'no-operation') return 'no operation that year';
  if (gap?.kind === 'no-results-published') return 'no results were published for that year';
  return 'the data hold no edition that year';
}

/** The previous list when it holds the same items in the same order, else the new one. */
function reuse<T>(previous: readonly T[] | undefined, next: T[]): T[] {
  const same = previous !== undefined && previous.length === next.length && previous.every((item, i) => item === next[i]);
  return same ? (previous as T[]) : next;
}

function uniqueById(notices: ViewNotice[]): ViewNotice[] {
  return notices.filter((notice, i) => notices.findIndex((other) => other.id === notice.id) === i);
}
