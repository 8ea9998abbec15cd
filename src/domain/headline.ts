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
import { shownValue } from './shown-value';
import type { ShownValue } from './shown-value';
import { sourcesByIds } from './sources';
import { briefStateText, stateText } from './value-state';

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
    const shown = shownValue(observation);
    return [
      {
        ...shown,
        metric,
        observation,
        stateText: stateText(observation),
        stateBrief: briefStateText(observation),
        wording: index.wording(edition.id, metricId)?.wording,
        comparison,
        comparisonText: describeComparison(comparison),
        comparisonBrief: briefComparison(comparison),
        sources: sourcesByIds(index, shown.sourceIds),
        selected: metricId === selectedMetricId,
      },
    ];
  });
}
