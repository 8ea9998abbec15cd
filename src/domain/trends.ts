/**
 * The trends selectors: one series per place (the nation, then each chosen office) of one metric
 * across the editions on the axis, with each value's state, wording, change and sources, and the
 * points where the release wording changed. The chart, its table twin, its summary and (later) its
 * export all read these, so what is exported is what is seen.
 */
import { NATIONAL } from '../data/types';
import type { Edition, Metric, Observation, Source } from '../data/types';
import { compareWithPrevious } from './comparison';
import type { Comparison } from './comparison';
import type { DatasetIndex } from './dataset-index';
import { describeComparison } from './describe-comparison';
import { coverageOf, coverageText } from './coverage';
import type { Coverage } from './coverage';
import { isSampleValue, shownAt } from './shown-value';
import type { ShownValue } from './shown-value';
import { sourcesByIds } from './sources';

export interface TrendPoint extends ShownValue {
  edition: Edition;
  observation: Observation | undefined;
  /** How this edition's release worded the metric, where the ledger records it. */
  wording: string | undefined;
  comparison: Comparison;
  comparisonText: string;
  sources: Source[];
}

/**
 * The release wording changed between two consecutive editions that reported the figure here, so
 * the values either side are not comparable. `before` may lie outside the chosen years.
 */
export interface ComparabilityBreak {
  before: Edition;
  after: Edition;
  beforeWording: string;
  afterWording: string;
}

/** Identifies a wording change independently of the place: the same change reads the same everywhere. */
export function breakKey(change: ComparabilityBreak): string {
  return `${change.before.id}>${change.after.id}`;
}

export interface TrendSeries {
  /** `national` or an office id. */
  place: string;
  /** "National" or the office's name ("FBI Denver"). */
  placeName: string;
  metric: Metric;
  points: TrendPoint[];
  breaks: ComparabilityBreak[];
  /** How many editions on the axis published a value, and how many show a generated one instead. */
  coverage: Coverage;
  /** True when any value is generated sample data: the SAMPLE DATA mark must show. */
  hasSynthetic: boolean;
}

export function placeName(index: DatasetIndex, place: string): string {
  return place === NATIONAL ? 'National' : (index.officeById.get(place)?.name ?? place);
}

export function trendSeries(
  index: DatasetIndex,
  metric: Metric,
  place: string,
  editions: readonly Edition[],
): TrendSeries {
  const points = editions.map((edition): TrendPoint => {
    const observation = index.observation(edition.id, place, metric.id);
    const comparison = compareWithPrevious(index, edition, place, metric.id);
    const shown = shownAt(index, edition.id, place, metric.id);
    return {
      ...shown,
      edition,
      observation,
      wording: index.wording(edition.id, metric.id)?.wording,
      comparison,
      comparisonText: describeComparison(comparison),
      sources: sourcesByIds(index, shown.sourceIds),
    };
  });
  // A break is exactly where the headline reads "not comparable", so chart and cards never disagree.
  const breaks = points.flatMap((point): ComparabilityBreak[] =>
    point.comparison.kind === 'not-comparable'
      ? [
          {
            before: point.comparison.previous,
            after: point.edition,
            beforeWording: point.comparison.previousWording,
            afterWording: point.comparison.currentWording,
          },
        ]
      : [],
  );
  return {
    place,
    placeName: placeName(index, place),
    metric,
    points,
    breaks,
    coverage: coverageOf(points),
    hasSynthetic: points.some(isSampleValue),
  };
}

/**
 * "5 of 13 editions reported" (", 11 with synthetic sample values" on sample data): the caption of
 * each chart, on the page and in the export, worded like the map's.
 */
export function seriesCoverage(series: TrendSeries): string {
  return coverageText(series.coverage, 'editions');
}

/** The nation first, then each chosen office in the order chosen (unknown ids are skipped). */
export function trendSeriesForPlaces(
  index: DatasetIndex,
  metric: Metric,
  officeIds: readonly string[],
  editions: readonly Edition[],
): { national: TrendSeries; offices: TrendSeries[] } {
  return {
    national: trendSeries(index, metric, NATIONAL, editions),
    offices: officeIds
      .filter((id) => index.officeById.has(id))
      .map((id) => trendSeries(index, metric, id, editions)),
  };
}

/** The largest value of the series (lower bounds count as their bound); null when none reported. */
export function seriesMax(series: readonly TrendSeries[]): number | null {
  let max: number | null = null;
  for (const s of series) {
    for (const p of s.points) if (p.value !== null && (max === null || p.value > max)) max = p.value;
  }
  return max;
}

export interface ScaleCell extends ShownValue {
  edition: Edition;
}

/** One row of the context of scale: how big each edition was on one measure, where published. */
export interface ScaleRow {
  metric: Metric;
  cells: ScaleCell[];
}

/**
 * Cities, agencies, task forces and field offices per edition (national figures), so a reader can
 * tell a bigger operation from a better result. Every scale metric of the dataset gets a row, even
 * one with nothing published in the range, so the chart keeps its height; the metric the chart
 * itself shows is left out.
 */
export function scaleContext(
  index: DatasetIndex,
  editions: readonly Edition[],
  shownMetricId: string,
): ScaleRow[] {
  return index.dataset.metrics
    .filter((metric) => metric.kind === 'scale' && metric.id !== shownMetricId)
    .map((metric) => ({
      metric,
      cells: editions.map((edition) => ({ ...shownAt(index, edition.id, NATIONAL, metric.id), edition })),
    }));
}

/** "16 cities, 92+ agencies" for one edition; empty when the release gave no scale figure. */
export function describeScale(rows: readonly ScaleRow[], editionId: string): string {
  return rows
    .flatMap((row) => {
      const cell = row.cells.find((c) => c.edition.id === editionId);
      return cell && cell.value !== null ? [`${cell.display} ${row.metric.shortLabel.toLowerCase()}`] : [];
    })
    .join(', ');
}
