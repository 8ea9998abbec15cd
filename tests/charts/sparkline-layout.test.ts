import { describe, expect, it } from 'vitest';
import { sparklineLayout } from '../../src/charts/sparkline-layout';
import type { Edition } from '../../src/data/types';
import type { AxisYear } from '../../src/domain/time-axis';

const edition = (id: string, year: number) => ({ id, year }) as Edition;

// 2008 ran two editions, 2010 had no operation: four year slots of 10 px in a 40 × 24 sparkline.
const Y2009: AxisYear = { year: 2009, editions: [edition('III', 2009)], gap: null };
const Y2011: AxisYear = { year: 2011, editions: [edition('IV', 2011)], gap: null };
const YEARS: AxisYear[] = [
  { year: 2008, editions: [edition('I', 2008), edition('II', 2008)], gap: null },
  Y2009,
  { year: 2010, editions: [], gap: 'no-operation' },
  Y2011,
];

describe('sparklineLayout', () => {
  const layout = sparklineLayout({
    years: YEARS,
    points: [
      { editionId: 'I', value: 10, state: 'reported' },
      { editionId: 'II', value: null, state: 'not-reported' },
      { editionId: 'III', value: 0, state: 'zero' },
      { editionId: 'IV', value: 20, state: 'approximate' },
    ],
    breakBeforeIds: ['IV'],
    focusEditionId: 'III',
    width: 40,
    height: 24,
  });

  it('gives each year an equal slot and splits a year between its editions', () => {
    expect(layout.baseline).toBe(20);
    expect(layout.bars).toEqual([
      // 10 of a maximum of 20 over 18 px of plot: 9 px.
      { editionId: 'I', x: 0.6, y: 11, width: 3.8, height: 9, state: 'reported', focus: false },
      // Not reported: a low dotted box, never a bar of 0.
      { editionId: 'II', x: 5.6, y: 17, width: 3.8, height: 3, state: 'not-reported', focus: false },
      // Zero: flat on the baseline (its outline draws the line).
      { editionId: 'III', x: 11, y: 20, width: 8, height: 0, state: 'zero', focus: true },
      { editionId: 'IV', x: 31, y: 2, width: 8, height: 18, state: 'approximate', focus: false },
    ]);
  });

  it('leaves a year without an edition as a gap: a band, and no baseline under it', () => {
    expect(layout.gaps).toEqual([{ x0: 20, x1: 30, kind: 'no-operation' }]);
    expect(layout.rules).toEqual([
      { x0: 0, x1: 20 },
      { x0: 30, x1: 40 },
    ]);
  });

  it('marks a wording change before the first edition of the new wording', () => {
    expect(layout.breaks).toEqual([{ x: 30 }]);
  });

  it('draws a count of 1 beside a large maximum at least 1 px tall', () => {
    const small = sparklineLayout({
      years: [Y2009, Y2011],
      points: [
        { editionId: 'III', value: 1, state: 'reported' },
        { editionId: 'IV', value: 5000, state: 'reported' },
      ],
      breakBeforeIds: [],
      focusEditionId: null,
      width: 20,
      height: 24,
    });
    expect(small.bars.map((bar) => bar.height)).toEqual([1, 18]);
  });

  it('draws nothing but placeholders when nothing was reported', () => {
    const empty = sparklineLayout({
      years: [Y2009],
      points: [{ editionId: 'III', value: null, state: 'not-reported' }],
      breakBeforeIds: [],
      focusEditionId: 'III',
      width: 10,
      height: 24,
    });
    expect(empty.bars).toEqual([{ editionId: 'III', x: 1, y: 17, width: 8, height: 3, state: 'not-reported', focus: true }]);
  });
});
