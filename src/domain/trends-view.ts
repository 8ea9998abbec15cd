/**
 * Everything the trends panel shows for one set of filters, in one pure call the container memoises:
 * the axis, the national and office series, the context of scale, the shared office maximum and each
 * chart's summary sentence.
 */
import { NATIONAL } from '../data/types';
import type { Edition, Metric } from '../data/types';
import type { View } from './resolve-view';
import { axisEditions, axisYears } from './time-axis';
import type { AxisYear } from './time-axis';
import { trendSummary } from './trend-summary';
import { breakKey, scaleContext, seriesMax, trendSeriesForPlaces } from './trends';
import type { ComparabilityBreak, ScaleRow, TrendSeries } from './trends';

export interface SummarisedSeries {
  series: TrendSeries;
  summary: string;
}

/** One wording change, numbered once for the whole panel, with the places whose series cross it. */
export interface BreakNote {
  number: number;
  change: ComparabilityBreak;
  places: string[];
  /** False when only office series cross it (their sparse data skip an edition the nation reported). */
  national: boolean;
}

export interface TrendsView {
  metric: Metric;
  years: AxisYear[];
  firstYear: number;
  lastYear: number;
  /** The focus edition (the filters' choice, or the latest with results). */
  focus: Edition | undefined;
  /** The default focus edition: choosing it writes `edition: null`, keeping the URL clean. */
  latest: Edition | undefined;
  national: SummarisedSeries;
  offices: SummarisedSeries[];
  /** The largest office value on the axis: the y maximum when offices share one scale. */
  officeMax: number | null;
  scale: ScaleRow[];
  /** The nation's changes first, then any only office series cross; the badges carry these numbers. */
  breakNotes: BreakNote[];
  /** The note number of each wording change, by breakKey, for the chart badges. */
  breakNumbers: ReadonlyMap<string, number>;
}

export function breakNotes(series: readonly TrendSeries[]): BreakNote[] {
  const notes = new Map<string, BreakNote>();
  for (const s of series) {
    for (const change of s.breaks) {
      const key = breakKey(change);
      const note = notes.get(key);
      if (note) {
        note.places.push(s.placeName);
      } else {
        notes.set(key, { number: notes.size + 1, change, places: [s.placeName], national: s.place === NATIONAL });
      }
    }
  }
  return [...notes.values()];
}

/** What the trends read of the View (the View itself fits). */
export type TrendsInput = Pick<View, 'index' | 'metric' | 'focus' | 'latest' | 'offices' | 'firstYear' | 'lastYear'>;

export function trendsView(view: TrendsInput): TrendsView | undefined {
  const { index, metric, focus } = view;
  const years = axisYears(index, view.firstYear, view.lastYear);
  const first = years[0];
  const last = years.at(-1);
  if (!first || !last) return undefined;
  const editions = axisEditions(years);
  const officeIds = view.offices.map((office) => office.id);
  const { national, offices } = trendSeriesForPlaces(index, metric, officeIds, editions);
  const summarise = (series: TrendSeries): SummarisedSeries => ({
    series,
    summary: trendSummary(series, first.year, last.year, focus),
  });
  const notes = breakNotes([national, ...offices]);
  return {
    metric,
    years,
    firstYear: first.year,
    lastYear: last.year,
    focus,
    latest: view.latest,
    national: summarise(national),
    offices: offices.map(summarise),
    officeMax: seriesMax(offices),
    scale: scaleContext(index, editions, metric.id),
    breakNotes: notes,
    breakNumbers: new Map(notes.map((note) => [breakKey(note.change), note.number])),
  };
}
