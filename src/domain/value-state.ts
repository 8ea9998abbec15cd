/**
 * The state of a value (docs/DESIGN.md §1). Every view shows each state differently, so the state is
 * decided here once and never re-derived from the number (a 0 and a blank must never meet).
 */
import type { Observation, Qualifier } from '../data/types';

export type ValueState =
  | 'reported'
  | 'approximate'
  | 'not-reported'
  | 'zero'
  | 'no-operation'
  | 'synthetic';

export function valueState(observation: Observation | undefined): ValueState {
  if (!observation || observation.value === null) return 'not-reported';
  if (observation.origin === 'synthetic') return 'synthetic';
  if (observation.qualifier) return 'approximate';
  return observation.value === 0 ? 'zero' : 'reported';
}

export const VALUE_STATE_LABEL: Record<ValueState, string> = {
  reported: 'Reported',
  approximate: 'Lower bound or approximate (published as "more than N" or "nearly N")',
  'not-reported': 'Not reported',
  zero: 'Reported zero',
  'no-operation': 'No operation',
  synthetic: 'Synthetic sample value',
};

export const QUALIFIER_PHRASE: Record<Qualifier, string> = {
  'at-least': 'more than',
  approximately: 'nearly',
};

/**
 * The state of one value in words, precise about its qualifier: a lower bound ("more than 200") is
 * not the same caveat as an approximation ("nearly 700").
 */
export function stateText(observation: Observation | undefined): string {
  const state = valueState(observation);
  if (state === 'approximate' && observation?.value != null) {
    const n = observation.value.toLocaleString('en-US');
    return observation.qualifier === 'at-least'
      ? `Lower bound: published as more than ${n}`
      : `Approximate: published as nearly ${n}`;
  }
  return VALUE_STATE_LABEL[state];
}
