// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index';
import { trendsView } from '../../../src/domain/trends-view';
import { trendLayout, TREND_LAYOUT } from '../../../src/features/trends/trends-layout';
import type { TrendLayoutInput } from '../../../src/features/trends/trends-layout';
import { miniDataset } from '../../fixtures/mini-dataset';
import { resolvedView } from '../../fixtures/view';

const BLUE = '#0072B2';
const index = indexDataset(miniDataset());

/** The mini dataset's axis is 2008–2012: five years; a width of 56 + 5 × band gives round numbers. */
function input(metricId: string, band: number, overrides: Partial<TrendLayoutInput> = {}): TrendLayoutInput {
  const view = trendsView(resolvedView(index, { metric: metricId, edition: 'IV' }));
  if (!view) throw new Error('no view');
  return {
    years: view.years,
    points: view.national.series.points,
    breaks: view.national.series.breaks.map((change) => ({ change, number: view.breakNumbers.get(`${change.before.id}>${change.after.id}`) ?? 0 })),
    width: TREND_LAYOUT.marginLeft + TREND_LAYOUT.marginRight + 5 * band,
    height: 300,
    sharedMax: null,
    focusEditionId: 'IV',
    scaleRows: [],
    colour: BLUE,
    ...overrides,
  };
}

describe('trendLayout at 100 px a year', () => {
  const layout = trendLayout(input('minor-victims', 100));

  it('places two editions of one year side by side and one edition centred in its year', () => {
    expect(layout.bars.map((b) => [b.editionId, b.slot.x0, b.slot.x1, b.slot.cx])).toEqual([
      ['I', 44, 94, 69],
      ['II', 94, 144, 119],
      ['III', 244, 344, 294],
      ['IV', 444, 544, 494],
    ]);
    // 70% of a 50 px slot; a whole year's bar is capped at 48 px.
    expect(layout.bars.map((b) => [b.x, b.width])).toEqual([
      [51.5, 35],
      [101.5, 35],
      [270, 48],
      [470, 48],
    ]);
  });

  it('scales counts from a zero baseline to a nice maximum with whole-number ticks', () => {
    expect(layout.plot).toEqual({ x0: 44, x1: 544, top: 36, baseline: 264 });
    expect(layout.yDomain).toEqual([0, 60]);
    expect(layout.yTicks.map((t) => [t.label, t.y])).toEqual([
      ['0', 264],
      ['10', 226],
      ['20', 188],
      ['30', 150],
      ['40', 112],
      ['50', 74],
      ['60', 36],
    ]);
    expect(layout.bars.map((b) => [b.y, b.height])).toEqual([
      [184.2, 79.8],
      [85.4, 178.6],
      [66.4, 197.6],
      [115.8, 148.2],
    ]);
  });

  it('labels each bar with its value above it and each year and edition under the axis', () => {
    expect(layout.bars.map((b) => b.label)).toEqual([
      { text: '21', x: 69, y: 180.2, anchor: 'middle', rotated: false },
      { text: '47', x: 119, y: 81.4, anchor: 'middle', rotated: false },
      { text: '52', x: 294, y: 62.4, anchor: 'middle', rotated: false },
      { text: '39', x: 494, y: 111.8, anchor: 'middle', rotated: false },
    ]);
    expect(layout.bars.map((b) => [b.editionLabel?.text, b.editionLabel?.y])).toEqual([
      ['I', 277],
      ['II', 277],
      ['III', 277],
      ['IV', 277],
    ]);
    expect(layout.years.map((y) => [y.year, y.x0, y.x1, y.label?.text, y.label?.x, y.label?.y])).toEqual([
      [2008, 44, 144, '2008', 94, 292],
      [2009, 144, 244, '2009', 194, 292],
      [2010, 244, 344, '2010', 294, 292],
      [2011, 344, 444, '2011', 394, 292],
      [2012, 444, 544, '2012', 494, 292],
    ]);
  });

  it('draws years without an edition as labelled bands, never as bars', () => {
    expect(layout.gaps).toEqual([
      {
        firstYear: 2009,
        lastYear: 2009,
        kind: 'unrecorded',
        label: 'no edition recorded',
        x0: 144,
        x1: 244,
        // 19 characters do not fit across 100 px: upright, centred on the band.
        labels: [{ text: 'no edition recorded', x: 197.9, y: 150, anchor: 'middle', rotated: true }],
      },
      {
        firstYear: 2011,
        lastYear: 2011,
        kind: 'no-operation',
        label: 'no operation',
        x0: 344,
        x1: 444,
        labels: [{ text: 'no operation', x: 394, y: 153.9, anchor: 'middle', rotated: false }],
      },
    ]);
    expect(layout.bars.some((b) => b.slot.x0 >= 144 && b.slot.x1 <= 244)).toBe(false);
  });

  it('marks the wording change where the new wording starts and tints the focus edition', () => {
    expect(layout.breaks).toEqual([{ number: 1, afterEditionId: 'III', x: 244, badgeY: 10 }]);
    expect(layout.focus).toEqual({ x0: 444, x1: 544 });
  });
});

describe('trendLayout with qualifiers, blanks and a narrow width', () => {
  it('shows "not reported" as a floating dashed box holding "—", and "200+" above its bar', () => {
    const layout = trendLayout(input('total-victims', 100));
    const [first, , third] = layout.bars;
    expect(first).toMatchObject({
      state: 'not-reported',
      x: 51.5,
      y: 246,
      width: 35,
      height: 14,
      label: { text: '—', x: 69, y: 257, anchor: 'middle', rotated: false },
      encoding: { fill: 'none', strokeDasharray: '2 3' },
    });
    // The box floats 4 px above the baseline: it does not stand on zero like a bar.
    expect((first?.y ?? 0) + (first?.height ?? 0)).toBe(layout.plot.baseline - 4);
    expect(third).toMatchObject({ state: 'approximate', label: { text: '200+', rotated: false } });
    expect(third?.encoding).toMatchObject({ strokeDasharray: '4 2', fillOpacity: 0.45 });
    expect(layout.yDomain).toEqual([0, 250]);
  });

  it('at 20 px a year drops labels that do not fit, except qualifiers, zeros and the focus edition', () => {
    const layout = trendLayout(input('total-victims', 20));
    expect(layout.bars.map((b) => [b.editionId, b.label?.text, b.label?.rotated])).toEqual([
      ['I', '—', false],
      ['II', '—', false],
      ['III', '200+', true],
      ['IV', '210', false],
    ]);
    // Upright labels need headroom: "200+" at 11 px is 26.1 px wide in Public Sans, plus 6.
    expect(layout.plot.top).toBe(52.1);
    expect(layout.bars.every((b) => b.editionLabel === null)).toBe(true);
    expect(layout.years.map((y) => y.label?.text ?? null)).toEqual(['2008', null, '2010', null, '2012']);
    expect(layout.gaps[1]?.labels).toEqual([{ text: 'no operation', x: 117.9, y: 158.1, anchor: 'middle', rotated: true }]);

    const minor = trendLayout(input('minor-victims', 20));
    expect(minor.bars.map((b) => b.label?.text ?? null)).toEqual([null, null, '52', '39']);
  });

  it('uses a shared maximum when offices share one scale', () => {
    const layout = trendLayout(input('minor-victims', 100, { sharedMax: 200 }));
    expect(layout.yDomain).toEqual([0, 200]);
    expect(layout.bars[0]?.y).toBe(240.1);
  });

  it('draws no y scale when nothing was reported, rather than one that suggests zeros', () => {
    const cities = input('cities', 100);
    const layout = trendLayout({ ...cities, points: cities.points.slice(1) });
    expect(layout.bars.map((b) => b.state)).toEqual(['not-reported', 'not-reported', 'not-reported']);
    expect(layout.yTicks).toEqual([]);
  });
});
