/**
 * Year-over-year change, done honestly: against the previous edition that reported the metric,
 * "not comparable" when the release wording (comparability group) changed in between, and no exact
 * arithmetic on lower bounds ("more than 200").
 */
import type { Edition, Observation } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import { comparisonShown } from './suppression';

export type Comparison =
  /** The focus edition has no value: nothing to compare. */
  | { kind: 'not-reported' }
  /** No earlier edition reported this metric here. */
  | { kind: 'no-previous' }
  | {
      kind: 'not-comparable';
      previous: Edition;
      previousValue: Observation;
      previousWording: string;
      currentWording: string;
      /** Release mode: a value either side is withheld, so no sentence may name the previous value. */
      valuesWithheld?: true;
    }
  /** Release mode: the change would give a withheld count away (src/domain/suppression.ts), so it is not shown. */
  | { kind: 'not-shown'; previous: Edition }
  /** At least one side is a lower bound: the size of the change is unknown. */
  | { kind: 'bounds'; previous: Edition; previousValue: Observation }
  | {
      kind: 'change';
      previous: Edition;
      previousValue: Observation;
      delta: number;
      /** null when the previous value is 0 (no percentage of nothing). */
      ratio: number | null;
      /** False when either value was published as "nearly N": the change is approximate. */
      exact: boolean;
    };

export function previousReported(
  index: DatasetIndex,
  edition: Edition,
  place: string,
  metricId: string,
): { edition: Edition; observation: Observation; value: number } | undefined {
  const earlier = index.editions.filter((e) => e.number < edition.number).reverse();
  for (const candidate of earlier) {
    const observation = index.observation(candidate.id, place, metricId);
    if (observation && observation.value !== null) {
      return { edition: candidate, observation, value: observation.value };
    }
  }
  return undefined;
}

/**
 * The comparison as the view shows it: in release mode (the index carries the suppressed model) a
 * change or a bound next to a withheld value reads "not shown", and a wording change names no value.
 */
export function compareWithPrevious(
  index: DatasetIndex,
  edition: Edition,
  place: string,
  metricId: string,
): Comparison {
  const comparison = computeComparison(index, edition, place, metricId);
  const model = index.suppression;
  if (!model || comparisonShown(model, { editionId: edition.id, place, metricId }, comparison)) return comparison;
  if (comparison.kind === 'not-comparable') return { ...comparison, valuesWithheld: true };
  return 'previous' in comparison ? { kind: 'not-shown', previous: comparison.previous } : comparison;
}

function computeComparison(
  index: DatasetIndex,
  edition: Edition,
  place: string,
  metricId: string,
): Comparison {
  const current = index.observation(edition.id, place, metricId);
  if (!current || current.value === null) return { kind: 'not-reported' };
  const previous = previousReported(index, edition, place, metricId);
  if (!previous) return { kind: 'no-previous' };

  const previousWording = index.wording(previous.edition.id, metricId);
  const currentWording = index.wording(edition.id, metricId);
  const sameGroup =
    previousWording !== undefined &&
    currentWording !== undefined &&
    previousWording.comparabilityGroup === currentWording.comparabilityGroup;
  if (!sameGroup) {
    return {
      kind: 'not-comparable',
      previous: previous.edition,
      previousValue: previous.observation,
      previousWording: previousWording?.wording ?? 'wording not recorded',
      currentWording: currentWording?.wording ?? 'wording not recorded',
    };
  }

  const before = previous.observation;
  if (current.qualifier === 'at-least' || before.qualifier === 'at-least') {
    return { kind: 'bounds', previous: previous.edition, previousValue: before };
  }
  const beforeValue = previous.value;
  const delta = current.value - beforeValue;
  return {
    kind: 'change',
    previous: previous.edition,
    previousValue: before,
    delta,
    ratio: beforeValue === 0 ? null : delta / beforeValue,
    exact: current.qualifier === null && before.qualifier === null,
  };
}
