// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MIN_SEPARATION, relaxPositions } from '../../../src/features/office-map/layout/relax';
import { symbolLayout } from '../../../src/features/office-map/layout/symbols';
import { displayedSymbols, inView, NO_ZOOM } from '../../../src/features/office-map/layout/zoomed';
import { figure } from './fixtures';

describe('relaxation', () => {
  it('leaves symbols that are far enough apart exactly where they are', () => {
    const items = [
      { x: 10, y: 10, r: 3 },
      { x: 50, y: 10, r: 3 },
    ];
    expect(relaxPositions(items, 100, 100)).toEqual([
      { x: 10, y: 10 },
      { x: 50, y: 10 },
    ]);
  });

  it('splits an equal pair symmetrically to the minimum separation', () => {
    const [a, b] = relaxPositions(
      [
        { x: 50, y: 50, r: 3 },
        { x: 52, y: 50, r: 3 },
      ],
      100,
      100,
    );
    expect((a?.x ?? 0) + (b?.x ?? 0)).toBeCloseTo(102, 6);
    expect((b?.x ?? 0) - (a?.x ?? 0)).toBeCloseTo(MIN_SEPARATION, 3);
    expect(a?.y).toBeCloseTo(50, 6);
  });

  it('moves the smaller symbol more, so large values stay on their cities', () => {
    const [big, small] = relaxPositions(
      [
        { x: 50, y: 50, r: 20 },
        { x: 55, y: 50, r: 4 },
      ],
      200,
      200,
    );
    expect(Math.abs((big?.x ?? 0) - 50)).toBeLessThan(1);
    expect((small?.x ?? 0) - (big?.x ?? 0)).toBeCloseTo(21, 3);
  });

  it('separates exactly coincident symbols and keeps them inside the box', () => {
    const positions = relaxPositions(
      [
        { x: 2, y: 2, r: 4 },
        { x: 2, y: 2, r: 4 },
      ],
      100,
      100,
    );
    const [a, b] = positions;
    expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThanOrEqual(MIN_SEPARATION - 0.01);
    for (const p of positions) {
      expect(p.x).toBeGreaterThanOrEqual(4);
      expect(p.y).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('symbols under zoom', () => {
  const { symbols } = symbolLayout([figure('denver', 5, 'reported'), figure('new-york', 0, 'zero'), figure('newark', 0, 'zero')], {
    width: 960,
    height: 560,
  });

  it('are where the layout put them at zoom 1, with leader lines only for the moved ones', () => {
    const shown = displayedSymbols(symbols, NO_ZOOM);
    const denver = shown.find((s) => s.id === 'denver');
    expect(denver).toMatchObject({ cx: denver?.x, cy: denver?.y, ax: denver?.anchor[0], displaced: false });
    expect(shown.find((s) => s.id === 'new-york')?.displaced).toBe(true);
  });

  it('follow their cities under zoom and keep their pixel offset and size', () => {
    const zoom = { k: 4, x: -1000, y: -500 };
    const ny = symbols.find((s) => s.id === 'new-york');
    const shown = displayedSymbols(symbols, zoom).find((s) => s.id === 'new-york');
    if (!ny || !shown) throw new Error('New York missing');
    expect(shown.ax).toBeCloseTo(-1000 + 4 * ny.anchor[0], 9);
    expect(shown.ay).toBeCloseTo(-500 + 4 * ny.anchor[1], 9);
    expect(shown.cx - shown.ax).toBeCloseTo(ny.x - ny.anchor[0], 9);
    expect(shown.r).toBe(ny.r);
  });

  it('tell whether a point is in view', () => {
    expect(inView(10, 10, 100, 50)).toBe(true);
    expect(inView(10, 60, 100, 50)).toBe(false);
    expect(inView(3, 10, 100, 50, 5)).toBe(false);
  });
});
