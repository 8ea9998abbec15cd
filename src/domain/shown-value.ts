/**
 * The one way a value is shown: its number (null when not reported, never 0), its qualifier, its
 * state, how it reads ("200+") and how it is said ("more than 200"), and its sources. The headline
 * cards, the trends, the map, the tables and every export build their values here, so a "200+" on
 * one is a "200+" on all, and no view re-derives a state from a number.
 */
import type { Observation, Qualifier } from '../data/types';
import { describeObservation, formatObservation } from './format';
import { valueState } from './value-state';
import type { ValueState } from './value-state';

export interface ShownValue {
  /** null = not reported (a blank cell or no row), never 0. For "more than N" this is N, the bound. */
  value: number | null;
  /** Only where there is a value to qualify. */
  qualifier: Qualifier | null;
  state: ValueState;
  /** "59", "200+", "≈700" or "—". */
  display: string;
  /** The same in words, for screen readers and sentences: "more than 200", "not reported". */
  spoken: string;
  sourceIds: readonly string[];
}

export function shownValue(observation: Observation | undefined): ShownValue {
  const value = observation?.value ?? null;
  return {
    value,
    qualifier: value === null ? null : (observation?.qualifier ?? null),
    state: valueState(observation),
    display: formatObservation(observation),
    spoken: describeObservation(observation),
    sourceIds: observation?.sourceIds ?? [],
  };
}
