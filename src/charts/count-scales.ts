/**
 * The two continuous scales the charts use, for counts only (numbers in, pixels out): a linear one
 * with round ends and ticks (d3-array's `nice` and `ticks`), and an area-true square-root one for
 * symbol radii. d3-scale's scaleLinear and scaleSqrt compute the same values, but their default
 * interpolator can also blend colours and strings, which ships d3-interpolate and d3-color (≈3.5 kB
 * gzip, a fifth of the panels' code) for nothing (issue 11). The formulas below are d3's, operation
 * for operation, so every position is the same to the last bit.
 */
import { nice, ticks } from 'd3';

export interface CountScale {
  (value: number): number;
  /** The domain's upper end after rounding out to a round number. */
  readonly max: number;
  /** Round values between 0 and `max`, about `count` of them. */
  ticks(count: number): number[];
}

/** [0, max] → [from, to], with `max` rounded out for about `tickCount` ticks (scaleLinear().nice(tickCount)). */
export function linearCountScale(max: number, [from, to]: readonly [number, number], tickCount: number): CountScale {
  const [, niceMax] = nice(0, max, tickCount);
  const scale = (value: number): number => {
    const t = value / niceMax;
    return from * (1 - t) + to * t;
  };
  return Object.assign(scale, { max: niceMax, ticks: (count: number) => ticks(0, niceMax, count) });
}

/** [0, max] → [0, maxRadius] by square root, so a symbol's area is proportional to its count (scaleSqrt). */
export function sqrtRadiusScale(max: number, maxRadius: number): (value: number) => number {
  const root = Math.sqrt(max);
  return (value: number) => maxRadius * (Math.sqrt(value) / root);
}
