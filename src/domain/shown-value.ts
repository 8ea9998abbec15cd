/**
 * The one way a value is shown: its number (null when not reported, never 0), its qualifier, its
 * state, how it reads ("200+") and how it is said ("more than 200"), and its sources. The headline
 * cards, the trends, the map, the tables and every export build their values here, so a "200+" on
 * one is a "200+" on all, and no view re-derives a state from a number.
 *
 * Release mode is applied here too (docs/DESIGN.md §12): given the suppressed model, a withheld count
 * becomes a value with no number, the state `suppressed` ("<10") or `hidden`, and their words. Every
 * view and export builds its values through this one function, so none can show what another hides.
 */
import type { Observation, Qualifier } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import { describeObservation, formatObservation } from './format';
import { suppressionStatus } from './suppression';
import type { SuppressionModel } from './suppression';
import { suppressedValue } from './suppression-text';
import { valueState } from './value-state';
import type { ValueState } from './value-state';

export interface ShownValue {
  /** null = not reported (a blank cell or no row), never 0; also null when release mode withholds it. For "more than N" this is N, the bound. */
  value: number | null;
  /** Only where there is a value to qualify. */
  qualifier: Qualifier | null;
  state: ValueState;
  /** "59", "200+", "≈700", "—", or in release mode "<10" and "hidden". */
  display: string;
  /** The same in words, for screen readers and sentences: "more than 200", "not reported", "fewer than 10". */
  spoken: string;
  sourceIds: readonly string[];
  /**
   * Release mode only: what a withheld value was before (for coverage: a withheld sample value is
   * still a sample value) and where it sorts (every "<K" together, never by its hidden value).
   */
  withheld?: { from: ValueState; sortKey: number | null };
}

export function shownValue(observation: Observation | undefined, suppression?: SuppressionModel): ShownValue {
  const value = observation?.value ?? null;
  const shown: ShownValue = {
    value,
    qualifier: value === null ? null : (observation?.qualifier ?? null),
    state: valueState(observation),
    display: formatObservation(observation),
    spoken: describeObservation(observation),
    sourceIds: observation?.sourceIds ?? [],
  };
  if (!suppression || !observation || suppressionStatus(suppression, observation) === 'shown') return shown;
  const released = suppressedValue(suppression, observation, shown);
  return {
    value: null,
    qualifier: null,
    state: released.status === 'primary' ? 'suppressed' : 'hidden',
    display: released.display,
    spoken: released.spoken,
    sourceIds: shown.sourceIds,
    withheld: { from: shown.state, sortKey: released.sortKey },
  };
}

/** The value of one cell as the view on screen shows it: in release mode when the index carries the model. */
export function shownAt(index: DatasetIndex, editionId: string, place: string, metricId: string): ShownValue {
  return shownValue(index.observation(editionId, place, metricId), index.suppression);
}

/** A generated sample value, also when release mode withholds it (the SAMPLE DATA mark must still show). */
export function isSampleValue(shown: Pick<ShownValue, 'state' | 'withheld'>): boolean {
  return (shown.withheld?.from ?? shown.state) === 'synthetic';
}

/** Where a value sorts: its number, or for a "<K" its place among the small counts (none for "hidden"). */
export function sortKeyOf(shown: Pick<ShownValue, 'value' | 'withheld'>): number | null {
  return shown.withheld ? shown.withheld.sortKey : shown.value;
}
