import { format } from 'd3';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/data/types';
import {
  describeObservation,
  formatCount,
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

describe('counts written as d3 writes them', () => {
  const d3Count = format(',');

  it('matches d3.format(",") on edge values', () => {
    const values = [0, -0, 1, -1, 999, 1000, -1000, 1_234_567, 999_999_999_999, 1e12, 1_234_567_890_123, 2 ** 53, 1e21];
    const others = [1.5, -1.5, 0.1 + 0.2, 1234.5678, 123_456.789012345, 1e-7, 0.000001, 5e-324, NaN, Infinity, -Infinity];
    for (const value of [...values, ...others]) expect([value, formatCount(value)]).toEqual([value, d3Count(value)]);
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatCount(-1200)).toBe('−1,200');
  });

  it('matches it on 20,000 integers and fractions of every size (a fixed pseudo-random sequence)', () => {
    let seed = 20_260_611;
    const next = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 10_000; i += 1) {
      const integer = Math.floor(next() * 10 ** Math.floor(next() * 15)) * (next() < 0.2 ? -1 : 1);
      const fraction = next() * 10 ** (Math.floor(next() * 20) - 8);
      expect(formatCount(integer)).toBe(d3Count(integer));
      expect(formatCount(fraction)).toBe(d3Count(fraction));
    }
  });
});
