// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateSampleDataset } from '../../../mocks/sample/generate-sample';
import { indexDataset } from '../../../src/domain/dataset-index';
import { officeFigures } from '../../../src/domain/office-figures';
import { requiredSeparation } from '../../../src/features/office-map/layout/relax';
import {
  MIN_SIZED_RADIUS,
  NOT_REPORTED_RADIUS,
  SYNTHETIC_ZERO_RADIUS,
  ZERO_RADIUS,
  niceFloor,
  symbolLayout,
} from '../../../src/features/office-map/layout/symbols';
import type { OfficeSymbol } from '../../../src/features/office-map/layout/symbols';
import { loadCommittedDataset } from '../../published/committed-package';
import { figure } from './fixtures';

const SIZE = { width: 960, height: 560 };
/** maxRadius at 960 × 560: a fiftieth of the projection scale 1164.88. */
const R_MAX = 23.2976;

const everyState = [
  figure('denver', 100, 'reported'),
  figure('san-juan', 25, 'approximate'),
  figure('anchorage', 0, 'zero'),
  figure('honolulu', null, 'not-reported'),
  figure('new-york', 4, 'synthetic'),
  figure('newark', 0, 'synthetic'),
];

const byId = (symbols: readonly OfficeSymbol[], id: string): OfficeSymbol => {
  const symbol = symbols.find((s) => s.id === id);
  if (!symbol) throw new Error(`no symbol ${id}`);
  return symbol;
};

describe('symbol layout for each value state', () => {
  const layout = symbolLayout(everyState, SIZE);

  it('sizes reported, approximate (at its bound) and synthetic values by area', () => {
    expect(layout.maxRadius).toBeCloseTo(R_MAX, 3);
    expect(layout.maxValue).toBe(100);
    expect(byId(layout.symbols, 'denver')).toMatchObject({ sized: true, state: 'reported' });
    expect(byId(layout.symbols, 'denver').r).toBeCloseTo(R_MAX, 3);
    // Area ∝ value: a quarter of the value is half the radius.
    expect(byId(layout.symbols, 'san-juan').r).toBeCloseTo(R_MAX / 2, 3);
    expect(byId(layout.symbols, 'san-juan')).toMatchObject({ sized: true, state: 'approximate' });
    expect(byId(layout.symbols, 'new-york').r).toBeCloseTo(R_MAX * Math.sqrt(0.04), 3);
    expect(byId(layout.symbols, 'new-york')).toMatchObject({ sized: true, state: 'synthetic' });
  });

  it('gives zero, not reported and a synthetic zero fixed markers, never a zero-size symbol', () => {
    expect(byId(layout.symbols, 'anchorage')).toMatchObject({ r: ZERO_RADIUS, sized: false, state: 'zero' });
    expect(byId(layout.symbols, 'honolulu')).toMatchObject({ r: NOT_REPORTED_RADIUS, sized: false, state: 'not-reported' });
    expect(byId(layout.symbols, 'newark')).toMatchObject({ r: SYNTHETIC_ZERO_RADIUS, sized: false, state: 'synthetic' });
    expect(Math.min(...layout.symbols.map((s) => s.r))).toBeGreaterThan(0);
  });

  it('draws the largest first so small symbols lie on top', () => {
    expect(layout.symbols.map((s) => s.id)).toEqual(['denver', 'san-juan', 'newark', 'new-york', 'honolulu', 'anchorage']);
  });

  it('offers round reference values for the size legend, with the map’s own radii', () => {
    expect(layout.references.map((r) => r.value)).toEqual([100, 20, 10]);
    expect(layout.references[1]?.r).toBeCloseTo(R_MAX * Math.sqrt(0.2), 3);
    expect([niceFloor(84), niceFloor(28), niceFloor(8.4), niceFloor(1)]).toEqual([50, 20, 5, 1]);
  });

  it('keeps a tiny value visible beside a large one', () => {
    const tiny = symbolLayout([figure('denver', 10_000, 'reported'), figure('san-juan', 1, 'reported')], SIZE);
    expect(byId(tiny.symbols, 'san-juan').r).toBe(MIN_SIZED_RADIUS);
  });

  it('has no size key when no office has a number', () => {
    const empty = symbolLayout([figure('denver', null, 'not-reported'), figure('anchorage', 0, 'zero')], SIZE);
    expect(empty.maxValue).toBe(0);
    expect(empty.references).toEqual([]);
  });

  it('lists an office the map has no position for instead of dropping it silently', () => {
    const layoutWithStray = symbolLayout([figure('denver', 3, 'reported'), figure('london', 2, 'reported')], SIZE);
    expect(layoutWithStray.symbols.map((s) => s.id)).toEqual(['denver']);
    expect(layoutWithStray.unplaced.map((f) => f.office.id)).toEqual(['london']);
  });
});

describe('telling close offices apart', () => {
  it('moves New York and Newark (2 px apart) apart and leaves an isolated Denver on its city', () => {
    const layout = symbolLayout(everyState, SIZE);
    const ny = byId(layout.symbols, 'new-york');
    const newark = byId(layout.symbols, 'newark');
    expect(Math.hypot(ny.anchor[0] - newark.anchor[0], ny.anchor[1] - newark.anchor[1])).toBeLessThan(3);
    expect(Math.hypot(ny.x - newark.x, ny.y - newark.y)).toBeGreaterThanOrEqual(requiredSeparation(ny, newark) - 0.01);
    const denver = byId(layout.symbols, 'denver');
    expect([denver.x, denver.y]).toEqual([denver.anchor[0], denver.anchor[1]]);
  });

  it.each([
    [960, 560],
    [320, 187],
  ])('keeps every pair of the 56 sample offices distinct at %i × %i', (width, height) => {
    const index = indexDataset(generateSampleDataset(loadCommittedDataset()));
    const edition = index.editionById.get('XIII');
    if (!edition) throw new Error('XIII missing');
    const { symbols } = symbolLayout(officeFigures(index, edition, 'minor-victims'), { width, height });
    expect(symbols).toHaveLength(56);
    let worst = Infinity;
    for (const a of symbols) {
      for (const b of symbols) {
        if (a.id >= b.id) continue;
        worst = Math.min(worst, Math.hypot(a.x - b.x, a.y - b.y) - requiredSeparation(a, b));
      }
      expect(a.x - a.r).toBeGreaterThanOrEqual(-1e-9);
      expect(a.x + a.r).toBeLessThanOrEqual(width + 1e-9);
    }
    expect(worst).toBeGreaterThan(-0.5);
  });
});
