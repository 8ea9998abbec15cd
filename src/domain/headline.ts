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
import { describeComparison } from './describe-comparison';
import { describeObservation, formatObservation } from './format';
import { sourcesByIds } from './sources';
import { stateText, valueState } from './value-state';
import type { ValueState } from './value-state';

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

export interface HeadlineCard {
  metric: Metric;
  observation: Observation | undefined;
  state: ValueState;
  /** "59", "200+", "≈700" or "—". */
  display: string;
  /** The same value in words for screen readers: "more than 200". */
  spoken: string;
  /** What the state means for this value, e.g. "Lower bound: published as more than 200". */
  stateText: string;
  /** How this edition's release worded the metric, where the ledger records it. */
  wording: string | undefined;
  comparison: Comparison;
  comparisonText: string;
  sources: Source[];
  selected: boolean;
}

export function headlineCards(
  index: DatasetIndex,
  edition: Edition,
  selectedMetricId: string,
): HeadlineCard[] {
  // A fixed order and count: cards never jump when the metric changes (and the loading skeleton has
  // the same seven boxes). The chosen metric is highlighted, not moved.
  return HEADLINE_METRIC_IDS.flatMap((metricId) => {
    const metric = index.metricById.get(metricId);
    if (!metric) return [];
    const observation = index.observation(edition.id, NATIONAL, metricId);
    const comparison = compareWithPrevious(index, edition, NATIONAL, metricId);
    return [
      {
        metric,
        observation,
        state: valueState(observation),
        display: formatObservation(observation),
        spoken: describeObservation(observation),
        stateText: stateText(observation),
        wording: index.wording(edition.id, metricId)?.wording,
        comparison,
        comparisonText: describeComparison(comparison),
        sources: sourcesByIds(index, observation?.sourceIds ?? []),
        selected: metricId === selectedMetricId,
      },
    ];
  });
}
