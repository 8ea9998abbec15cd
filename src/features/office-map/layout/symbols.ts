/**
 * One symbol per office for one size: where it sits, how big it is and in which state it is drawn.
 * Pure (figures + size → positioned marks); the container memoises it per figures and size.
 *
 * Area is proportional to the value (square-root scale from 0). Only values that carry a number are
 * sized: reported, approximate (at its published bound: "200+" is drawn as 200, which the legend
 * says) and synthetic. A zero and a "not reported" get small fixed markers of their own, never a
 * zero-size symbol, so an office never disappears and "not reported" never looks like 0. Release
 * mode's "<K" and hidden values carry no number, so they get a fixed marker too (sized as nothing).
 */
import { sqrtRadiusScale } from '../../../charts/count-scales';
import type { OfficeFigure } from '../../../domain/office-figures';
import type { ValueState } from '../../../domain/value-state';
import { mapFrame, projectPoint } from './projection';
import type { MapFrame, MapSize } from './projection';
import { relaxPositions } from './relax';
import { compareIds } from '../../../domain/text-order';

export interface OfficeSymbol {
  id: string;
  figure: OfficeFigure;
  state: ValueState;
  /** The city, projected. */
  anchor: readonly [number, number];
  /** Where the symbol is drawn at zoom 1 (moved off the city only to stay distinct). */
  x: number;
  y: number;
  r: number;
  /** True when the area encodes the value; false for the fixed zero / not-reported markers. */
  sized: boolean;
}

export interface SizeReference {
  value: number;
  r: number;
}

export interface SymbolLayout {
  frame: MapFrame;
  /** Draw order: largest first, so small symbols are drawn over large ones. */
  symbols: OfficeSymbol[];
  maxRadius: number;
  /** The largest sized value (0 when no office has one). */
  maxValue: number;
  /** Reference circles for the size legend, largest first. */
  references: SizeReference[];
  /** Offices the map has no recorded position for (none of the 56 published; listed so nothing is lost silently). */
  unplaced: OfficeFigure[];
}

/** Radii of the fixed markers: big enough to see and to hit, small beside any sized symbol. */
export const ZERO_RADIUS = 3.5;
export const NOT_REPORTED_RADIUS = 4;
/** A synthetic zero is hatched like every synthetic value: it needs room for the hatch to show. */
export const SYNTHETIC_ZERO_RADIUS = 5;
/** A sized value never shrinks below this, so a 1 beside a 1,000 can still be seen and pointed at. */
export const MIN_SIZED_RADIUS = 2;

/** The largest symbol grows with the map (a fiftieth of the projection scale), within limits. */
export function maxRadiusFor(frame: MapFrame): number {
  return Math.min(26, Math.max(7, frame.scale * 0.02));
}

/** The number a symbol's area stands for, or null when the office gets a fixed marker. */
export function sizedValue(figure: OfficeFigure): number | null {
  if (figure.value === null || figure.value <= 0) return null;
  return figure.state === 'reported' || figure.state === 'approximate' || figure.state === 'synthetic'
    ? figure.value
    : null;
}

/** Release mode: a "<K" or hidden value is drawn at one fixed size, so its symbol says nothing of it. */
export const WITHHELD_RADIUS = 4.5;

export function fixedRadius(state: ValueState): number {
  if (state === 'not-reported') return NOT_REPORTED_RADIUS;
  if (state === 'suppressed' || state === 'hidden') return WITHHELD_RADIUS;
  return state === 'synthetic' ? SYNTHETIC_ZERO_RADIUS : ZERO_RADIUS;
}

/** 1, 2 or 5 times a power of ten, at most `value`: round numbers for the legend. */
export function niceFloor(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const mantissa = value / power;
  return (mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1) * power;
}

export function sizeReferences(maxValue: number, radius: (value: number) => number): SizeReference[] {
  if (maxValue < 1) return [];
  const values = [maxValue, maxValue / 3, maxValue / 10].filter((v) => v >= 1).map(niceFloor);
  return [...new Set(values)].map((value) => ({ value, r: radius(value) }));
}

export function symbolLayout(figures: readonly OfficeFigure[], size: MapSize): SymbolLayout {
  const frame = mapFrame(size);
  const maxRadius = maxRadiusFor(frame);
  const maxValue = Math.max(0, ...figures.map((f) => sizedValue(f) ?? 0));
  const scale = sqrtRadiusScale(Math.max(1, maxValue), maxRadius);

  const placed: Omit<OfficeSymbol, 'x' | 'y'>[] = [];
  const unplaced: OfficeFigure[] = [];
  for (const figure of figures) {
    const anchor = projectPoint(frame, figure.office.lon, figure.office.lat);
    if (!anchor) {
      unplaced.push(figure);
      continue;
    }
    const value = sizedValue(figure);
    placed.push({
      id: figure.office.id,
      figure,
      state: figure.state,
      anchor,
      r: value === null ? fixedRadius(figure.state) : Math.max(MIN_SIZED_RADIUS, scale(value)),
      sized: value !== null,
    });
  }

  const positions = relaxPositions(
    placed.map((s) => ({ x: s.anchor[0], y: s.anchor[1], r: s.r })),
    frame.width,
    frame.height,
  );
  const symbols = placed
    .map((s, i) => ({ ...s, x: positions[i]?.x ?? s.anchor[0], y: positions[i]?.y ?? s.anchor[1] }))
    .sort((a, b) => b.r - a.r || compareIds(a.id, b.id));

  return {
    frame,
    symbols,
    maxRadius,
    maxValue,
    references: sizeReferences(maxValue, (v) => scale(v)),
    unplaced,
  };
}
