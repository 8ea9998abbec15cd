import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/data/types';
import {
  describeObservation,
  formatDate,
  formatObservation,
  formatPercent,
  formatSignedCount,
} from '../../src/domain/format';
import { valueState } from '../../src/domain/value-state';

const obs = (value: number | null, qualifier: Observation['qualifier'] = null, origin: Observation['origin'] = 'published'): Observation => ({
  editionId: 'I',
  place: 'national',
  metricId: 'minor-victims',
  value,
  qualifier,
  origin,
  sourceIds: [],
  note: '',
});

describe('value formatting', () => {
  it('shows qualifiers and never turns a blank into 0', () => {
    expect(formatObservation(obs(200, 'at-least'))).toBe('200+');
    expect(formatObservation(obs(700, 'approximately'))).toBe('≈700');
    expect(formatObservation(obs(1599))).toBe('1,599');
    expect(formatObservation(obs(0))).toBe('0');
    expect(formatObservation(obs(null))).toBe('—');
    expect(formatObservation(undefined)).toBe('—');
    expect(describeObservation(obs(200, 'at-least'))).toBe('more than 200');
    expect(describeObservation(obs(700, 'approximately'))).toBe('nearly 700');
    expect(describeObservation(obs(null))).toBe('not reported');
  });

  it('names each value state', () => {
    expect(valueState(obs(5))).toBe('reported');
    expect(valueState(obs(0))).toBe('zero');
    expect(valueState(obs(null))).toBe('not-reported');
    expect(valueState(undefined)).toBe('not-reported');
    expect(valueState(obs(200, 'at-least'))).toBe('approximate');
    expect(valueState(obs(3, null, 'synthetic'))).toBe('synthetic');
  });

  it('formats signed changes, percentages and partial dates', () => {
    expect(formatSignedCount(-25)).toBe('−25');
    expect(formatSignedCount(1200)).toBe('+1,200');
    expect(formatSignedCount(0)).toBe('no change');
    expect(formatPercent(-25 / 84)).toBe('−30%');
    expect(formatPercent(0.004)).toBe('0%');
    expect(formatDate('2023-08-01')).toBe('1 Aug 2023');
    expect(formatDate('2009-02')).toBe('Feb 2009');
    expect(formatDate('2008')).toBe('2008');
    expect(formatDate('')).toBe('undated');
  });
});
