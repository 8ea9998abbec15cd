/**
 * The headline cards: the focus edition's key national figures, each with its change from the
 * previous comparable edition and its sources. The cards, their export and the summary sentence all
 * read this selector.
 */
import { NATIONAL } from '../data/types';
import type { Edition, Metric, Observation, Source } from '../data/types';
import { compareWithPrevious } from './comparison';
import type { Comparison } from './comparison';
import type { DatasetIndex } from './dataset-index';
import { briefComparison, describeComparison } from './describe-comparison';
import { shownAt } from './shown-value';
import type { ShownValue } from './shown-value';
import { sourcesByIds } from './sources';
import { briefStateText, stateText, VALUE_STATE_LABEL } from './value-state';
import { axisEditions, axisYears } from './time-axis';
import type { AxisYear } from './time-axis';
import { trendSeries } from './trends';
import type { TrendSeries } from './trends';
import { trendSummary } from './trend-summary';

/** The outcome metrics leadership asks about first, in reading order. */
export const HEADLINE_METRIC_IDS = [
  'minor-victims',
  'missing-children',
  'adult-victims',
  'total-victims',
  'traffickers',
  'exploitation-suspects',
  'total-arrests',
] as const;

export interface HeadlineCard extends ShownValue {
  metric: Metric;
  observation: Observation | undefined;
  /** What the state means for this value, e.g. "Lower bound: published as more than 200". */
  stateText: string;
  /** The same in a few words for the card's face: "Lower bound". */
  stateBrief: string;
  /** How this edition's release worded the metric, where the ledger records it. */
  wording: string | undefined;
  comparison: Comparison;
  /** The whole sentence, e.g. with the old and new release wording: the card's details. */
  comparisonText: string;
  /** At most two lines: the card's face (briefComparison). */
  comparisonBrief: string;
  sources: Source[];
  selected: boolean;
  /** The national figure in every edition of the dataset: the card's sparkline. */
  trend: TrendSeries;
  /** The sparkline in words (the trends chart's sentence over every year): its description. */
  trendText: string;
}

/** Every year of the dataset, editions and gaps: the sparklines' common axis. */
export function headlineYears(index: DatasetIndex): AxisYear[] {
  return axisYears(index, null, null);
}

export function headlineCards(
  index: DatasetIndex,
  edition: Edition,
  selectedMetricId: string,
): HeadlineCard[] {
  // A fixed order and count: cards never jump when the metric changes (and the loading skeleton has
  // the same seven boxes). The chosen metric is highlighted, not moved.
  const years = headlineYears(index);
  const editions = axisEditions(years);
  const [firstYear, lastYear] = [years[0]?.year ?? edition.year, years.at(-1)?.year ?? edition.year];
  return HEADLINE_METRIC_IDS.flatMap((metricId) => {
    const metric = index.metricById.get(metricId);
    if (!metric) return [];
    const observation = index.observation(edition.id, NATIONAL, metricId);
    const comparison = compareWithPrevious(index, edition, NATIONAL, metricId);
    const shown = shownAt(index, edition.id, NATIONAL, metricId);
    const trend = trendSeries(index, metric, NATIONAL, editions);
    return [
      {
        ...shown,
        metric,
        observation,
        // A withheld value's qualifier ("Lower bound: published as more than 200") would give it away.
        stateText: shown.withheld ? VALUE_STATE_LABEL[shown.state] : stateText(observation),
        stateBrief: shown.withheld ? (shown.state === 'suppressed' ? 'Small count' : 'Hidden') : briefStateText(observation),
        wording: index.wording(edition.id, metricId)?.wording,
        comparison,
        comparisonText: describeComparison(comparison),
        comparisonBrief: briefComparison(comparison),
        sources: sourcesByIds(index, shown.sourceIds),
        selected: metricId === selectedMetricId,
        trend,
        trendText: trendSummary(trend, firstYear, lastYear, edition),
      },
    ];
  });
}
