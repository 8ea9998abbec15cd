// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeSumBound, sumCell } from '../../src/domain/breakdown-cells';
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
    expect(describeSumBound(sum)).toBe('exact (3 of 3 reported)');
  });

  it('is a lower bound when an office did not report, and says how many did', () => {
    const sum = sumCell('minor-victims', [cell(50), cell(null), cell(29), cell(null)]);
    expect(sum).toMatchObject({ value: 79, display: '79+', spoken: 'at least 79, 2 of 4 reported', state: 'approximate', reported: 2, total: 4 });
    expect(describeSumBound(sum)).toBe('at least (2 of 4 reported)');
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
    expect(describeSumBound(both)).toBe('at least, approximately (1 of 2 reported)');
  });

  it('is "—" (not 0) when no office reported', () => {
    const sum = sumCell('m', [cell(null), cell(null)]);
    expect(sum).toMatchObject({ value: null, display: '—', state: 'not-reported', spoken: 'not reported, 0 of 2 reported' });
    expect(describeSumBound(sum)).toBe('0 of 2 reported');
  });

  it('is a reported zero when every office reported 0, and synthetic when a part is synthetic', () => {
    expect(sumCell('m', [cell(0), cell(0)])).toMatchObject({ value: 0, display: '0', state: 'zero' });
    expect(sumCell('m', [cell(3, { state: 'synthetic', sourceIds: [] }), cell(4)])).toMatchObject({ value: 7, state: 'synthetic', sourceIds: ['S1'] });
  });
});
