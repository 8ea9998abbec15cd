import { scaleLinear, scaleSqrt } from 'd3';
import { describe, expect, it } from 'vitest';
import { linearCountScale, sqrtRadiusScale } from '../../src/charts/count-scales';

// The charts' own scales replace d3-scale's only to leave d3-color out of the bundle: they must give
// d3's numbers exactly, for every domain, range and tick count the charts use.
const MAXES = [1, 2, 3, 7, 9, 10, 11, 42, 99, 100, 101, 257, 1000, 1234, 4_999, 10_001, 9_999_999];

describe('linearCountScale', () => {
  it('rounds the domain, places values and lists ticks exactly as scaleLinear().nice(n)', () => {
    for (const max of MAXES) {
      for (const tickCount of [2, 3, 5, 8]) {
        const range = [312.5, 41] as const;
        const d3 = scaleLinear().domain([0, max]).range(range).nice(tickCount);
        const ours = linearCountScale(max, range, tickCount);
        expect(ours.max).toBe(d3.domain()[1]);
        expect(ours.ticks(tickCount)).toEqual(d3.ticks(tickCount));
        for (const value of [0, 1, max / 3, max - 1, max, ours.max]) expect(ours(value)).toBe(d3(value));
      }
    }
  });

  it('maps 0 to the baseline and the rounded maximum to the top', () => {
    const y = linearCountScale(87, [300, 20], 5);
    expect(y.max).toBe(100);
    expect(y(0)).toBe(300);
    expect(y(100)).toBe(20);
    expect(y(50)).toBe(160);
  });
});

describe('sqrtRadiusScale', () => {
  it('gives scaleSqrt().domain([0, max]).range([0, r]) exactly', () => {
    for (const max of MAXES) {
      const d3 = scaleSqrt().domain([0, max]).range([0, 23.75]);
      const ours = sqrtRadiusScale(max, 23.75);
      for (const value of [0, 1, 2, max / 4, max]) expect(ours(value)).toBe(d3(value));
    }
  });

  it('makes area proportional to the count: four times the count, twice the radius', () => {
    const r = sqrtRadiusScale(400, 20);
    expect(r(400)).toBe(20);
    expect(r(100)).toBe(10);
  });
});
