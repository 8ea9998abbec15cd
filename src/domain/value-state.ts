/**
 * The state of a value (docs/DESIGN.md §1). Every view shows each state differently, so the state is
 * decided here once and never re-derived from the number (a 0 and a blank must never meet).
 */
import type { Observation } from '../data/types';
import { formatCount, QUALIFIER_TEXT } from './format';

export type ValueState =
  | 'reported'
  | 'approximate'
  | 'not-reported'
  | 'zero'
  | 'no-operation'
  | 'synthetic'
  /** Release mode: a count from 1 to K−1, shown as "<K" (src/domain/suppression.ts). */
  | 'suppressed'
  /** Release mode: a further count hidden so that no small count can be worked out. */
  | 'hidden';

export function valueState(observation: Observation | undefined): ValueState {
  if (!observation || observation.value === null) return 'not-reported';
  if (observation.origin === 'synthetic') return 'synthetic';
  if (observation.qualifier) return 'approximate';
  return observation.value === 0 ? 'zero' : 'reported';
}

/**
 * The one order of value states in every legend (trends, map, tables, exports): values with a number
 * first, then the marks that carry none.
 */
export const STATE_ORDER: readonly ValueState[] = ['reported', 'approximate', 'synthetic', 'zero', 'suppressed', 'hidden', 'not-reported', 'no-operation'];

/** The states present, in STATE_ORDER: what a legend names. */
export function legendStates(present: Iterable<ValueState>): ValueState[] {
  const shown = new Set(present);
  return STATE_ORDER.filter((state) => shown.has(state));
}

export const VALUE_STATE_LABEL: Record<ValueState, string> = {
  reported: 'Reported',
  approximate: 'Lower bound or approximate (published as "more than N" or "nearly N")',
  'not-reported': 'Not reported',
  zero: 'Reported zero',
  'no-operation': 'No operation',
  synthetic: 'Synthetic sample value',
  suppressed: 'Small count, withheld (release mode)',
  hidden: 'Hidden so small counts cannot be worked out (release mode)',
};

/** States that stand for a value release mode withholds: no number may be drawn, added or compared. */
export function isWithheld(state: ValueState): state is 'suppressed' | 'hidden' {
  return state === 'suppressed' || state === 'hidden';
}

/** The state in a few words, for a card's face: "Lower bound", "Approximate", "Not reported", "Reported zero". */
export function briefStateText(observation: Observation | undefined): string {
  const state = valueState(observation);
  if (state === 'approximate') return observation?.qualifier === 'at-least' ? 'Lower bound' : 'Approximate';
  return state === 'reported' || state === 'synthetic' ? '' : VALUE_STATE_LABEL[state];
}

/**
 * The state of one value in words, precise about its qualifier: a lower bound ("more than 200") is
 * not the same caveat as an approximation ("nearly 700").
 */
export function stateText(observation: Observation | undefined): string {
  const state = valueState(observation);
  if (state === 'approximate' && observation?.value != null && observation.qualifier) {
    return QUALIFIER_TEXT[observation.qualifier].note(formatCount(observation.value));
  }
  return VALUE_STATE_LABEL[state];
}
