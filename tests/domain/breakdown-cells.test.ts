// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sumCell } from '../../src/domain/breakdown-cells';
import type { BreakdownCell } from '../../src/domain/breakdown-cells';

const cell = (value: number | null, extra: Partial<BreakdownCell> = {}): BreakdownCell => ({
  metricId: 'minor-victims',
  value,
  qualifier: null,
  state: value === null ? 'not-reported' : value === 0 ? 'zero' : 'reported',
  display: value === null ? '—' : String(value),
  spoken: '',
  sourceIds: ['S1'],
  ...extra,
});

describe('sumCell', () => {
  it('is exact only when every office reported an exact figure', () => {
    const sum = sumCell('minor-victims', [cell(5), cell(0), cell(12)]);
    expect(sum).toMatchObject({ value: 17, display: '17', spoken: '17, 3 of 3 reported', state: 'reported', bound: 'exact', qualifier: null });
    expect(sum).toMatchObject({ reported: 3, synthetic: 0, total: 3, coverage: '3 of 3 reported' });
  });

  it('is a lower bound when an office did not report, and says how many did', () => {
    const sum = sumCell('minor-victims', [cell(50), cell(null), cell(29), cell(null)]);
    expect(sum).toMatchObject({ value: 79, display: '79+', spoken: 'at least 79, 2 of 4 reported', state: 'approximate', reported: 2, total: 4 });
    expect(sum).toMatchObject({ qualifier: 'at-least', coverage: '2 of 4 reported' });
  });

  it('is a lower bound when a part is "more than N", approximate when a part is "nearly N"', () => {
    expect(sumCell('m', [cell(200, { qualifier: 'at-least', state: 'approximate' }), cell(5)])).toMatchObject({
      display: '205+',
      spoken: 'at least 205, 2 of 2 reported',
      bound: 'at-least',
    });
    expect(sumCell('m', [cell(700, { qualifier: 'approximately', state: 'approximate' }), cell(5)])).toMatchObject({
      display: '≈705',
      spoken: 'about 705, 2 of 2 reported',
      bound: 'approximately',
      state: 'approximate',
    });
    const both = sumCell('m', [cell(1000, { qualifier: 'approximately', state: 'approximate' }), cell(null)]);
    expect(both).toMatchObject({ display: '≈1,000+', spoken: 'at least about 1,000, 1 of 2 reported', bound: 'approximately-at-least' });
    // One qualifier per value: a lower bound that is also approximate is written as a lower bound.
    expect(both).toMatchObject({ qualifier: 'at-least', coverage: '1 of 2 reported' });
  });

  it('is "—" (not 0) when no office reported', () => {
    const sum = sumCell('m', [cell(null), cell(null)]);
    expect(sum).toMatchObject({ value: null, display: '—', state: 'not-reported', spoken: 'not reported, 0 of 2 reported' });
    expect(sum).toMatchObject({ qualifier: null, coverage: '0 of 2 reported' });
  });

  it('is a reported zero when every office reported 0, and synthetic when a part is synthetic', () => {
    expect(sumCell('m', [cell(0), cell(0)])).toMatchObject({ value: 0, display: '0', state: 'zero' });
    expect(sumCell('m', [cell(3, { state: 'synthetic', sourceIds: [] }), cell(4)])).toMatchObject({ value: 7, state: 'synthetic', sourceIds: ['S1'] });
  });

  it('never counts a synthetic value as reported, and says how many are synthetic', () => {
    const synthetic = (value: number): BreakdownCell => cell(value, { state: 'synthetic', sourceIds: [] });
    const sum = sumCell('m', [synthetic(3), cell(4), cell(0), synthetic(5), cell(null)]);
    expect(sum).toMatchObject({
      value: 12,
      display: '12+',
      spoken: 'at least 12, 2 of 5 reported, 2 synthetic',
      state: 'synthetic',
      qualifier: 'at-least',
      reported: 2,
      synthetic: 2,
      total: 5,
      coverage: '2 of 5 reported, 2 synthetic',
    });
  });

  it('carries the qualifier of the national figure synthetic values were spread from', () => {
    const synthetic = (value: number): BreakdownCell => cell(value, { state: 'synthetic', sourceIds: [] });
    const atLeast = cell(200, { qualifier: 'at-least', state: 'approximate', display: '200+' });
    const nearly = cell(700, { qualifier: 'approximately', state: 'approximate', display: '≈700' });
    expect(sumCell('m', [synthetic(150), synthetic(50)], atLeast)).toMatchObject({
      value: 200,
      display: '200+',
      qualifier: 'at-least',
      bound: 'at-least',
      state: 'synthetic',
      coverage: '0 of 2 reported, 2 synthetic',
    });
    expect(sumCell('m', [synthetic(690), cell(10)], nearly)).toMatchObject({
      value: 700,
      display: '≈700',
      qualifier: 'approximately',
      state: 'synthetic',
      coverage: '1 of 2 reported, 1 synthetic',
    });
    // With no synthetic part the national figure's qualifier says nothing about the sum.
    expect(sumCell('m', [cell(150), cell(50)], atLeast)).toMatchObject({ display: '200', qualifier: null, bound: 'exact', state: 'reported' });
    // An exact national figure spread over every office sums to an exact, but still synthetic, value.
    expect(sumCell('m', [synthetic(150), synthetic(50)], cell(200))).toMatchObject({ display: '200', qualifier: null, state: 'synthetic' });
  });
});
