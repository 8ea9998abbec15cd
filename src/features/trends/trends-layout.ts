/**
 * The trends chart's layout: data + size → scales and positioned marks, as plain numbers (no DOM, no
 * React), so it is unit-tested with exact numbers and reused by the export.
 *
 * Why bars, one per edition: OCC is a short annual operation, so each value is a count from a few
 * days, not a level that moves between editions. A line would draw a trend through 2011 and
 * 2018–2021, when nothing ran, and through "not reported" values; discrete bars from a zero
 * baseline compare counts honestly, sit side by side where a year had two editions (2008, 2009),
 * and leave a gap band exactly where there was no operation.
 */
import { linearCountScale } from '../../charts/count-scales';
import { px } from '../../charts/round';
import { textWidth } from '../../charts/text-width';
import { formatCount } from '../../domain/format';
import { gapRuns } from '../../domain/time-axis';
import type { AxisGapKind, AxisYear } from '../../domain/time-axis';
import type { ComparabilityBreak, ScaleRow, TrendPoint } from '../../domain/trends';
import { labelHeadroom, layoutBar, planLabel } from './bar-layout';
import type { BarMark } from './bar-layout';
import { layoutGapLabel } from './gap-label-layout';
import { layoutScaleStrip } from './scale-strip-layout';
import { SCALE_ROW_HEIGHT } from './trend-sizes';
import type { ScaleStripRow } from './scale-strip-layout';
import type { TextMark } from './text-mark';
import { editionSlots, TREND_LAYOUT } from './trend-geometry';
import type { YearBand } from './trend-geometry';

export { editionSlots, TREND_LAYOUT } from './trend-geometry';
export type { EditionSlot } from './trend-geometry';
export type { BarMark } from './bar-layout';

export interface GapBand {
  firstYear: number;
  lastYear: number;
  kind: AxisGapKind;
  x0: number;
  x1: number;
  labels: TextMark[];
}

export interface BreakMark {
  /** 1-based, matching the numbered note under the chart. */
  number: number;
  afterEditionId: string;
  x: number;
  badgeY: number;
}

export interface YearTick {
  year: number;
  x0: number;
  x1: number;
  label: TextMark | null;
}

export interface TrendLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; top: number; baseline: number };
  yDomain: [number, number];
  yTicks: { value: number; y: number; label: string }[];
  years: YearTick[];
  gaps: GapBand[];
  bars: BarMark[];
  breaks: BreakMark[];
  focus: { x0: number; x1: number } | null;
  scaleRows: ScaleStripRow[];
}

export interface NumberedBreak {
  number: number;
  change: ComparabilityBreak;
}

export interface TrendLayoutInput {
  years: readonly AxisYear[];
  points: readonly TrendPoint[];
  /** The wording changes this series crosses, each with its panel-wide note number. */
  breaks: readonly NumberedBreak[];
  width: number;
  /** The whole SVG height, scale rows included: fixed per chart, so nothing moves as data change. */
  height: number;
  /** A shared y maximum (small multiples on one scale); null = this series' own maximum. */
  sharedMax: number | null;
  focusEditionId: string | null;
  scaleRows: readonly ScaleRow[];
  colour: string;
}

function yearTicks(years: readonly AxisYear[], band: YearBand, labelY: number): YearTick[] {
  const L = TREND_LAYOUT;
  const needed = textWidth('2008', L.axisFont) + 6;
  // Every year when there is room, else every 2nd, 5th or 10th, on round years.
  const step = [1, 2, 5, 10].find((s) => s * band.bandwidth() >= needed) ?? 10;
  return years.map(({ year }) => {
    const left = band(year) ?? 0;
    const mid = px(left + band.bandwidth() / 2);
    const labelled = step === 1 || year % step === 0;
    return {
      year,
      x0: px(left),
      x1: px(left + band.bandwidth()),
      label: labelled ? { text: String(year), x: mid, y: labelY, anchor: 'middle', rotated: false } : null,
    };
  });
}

export function trendLayout(input: TrendLayoutInput): TrendLayout {
  const L = TREND_LAYOUT;
  const { years, points, width, height, colour, focusEditionId } = input;
  const plotX0 = L.marginLeft;
  const plotX1 = Math.max(plotX0 + 1, width - L.marginRight);
  const { band, slots } = editionSlots(years, plotX0, plotX1);

  const plans = points.map((point) => planLabel(point, slots.get(point.edition.id), point.edition.id === focusEditionId));
  const top = L.markerStrip + labelHeadroom(points, plans);
  const baseline = Math.max(top + 20, height - L.axisHeight - input.scaleRows.length * SCALE_ROW_HEIGHT);

  const ownMax = Math.max(0, ...points.map((p) => p.value ?? 0));
  const anyValue = points.some((p) => p.value !== null);
  const domainMax = Math.max(input.sharedMax ?? ownMax, 0) || 1;
  // About one gridline per 45 px, at round numbers.
  const tickCount = Math.max(2, Math.floor((baseline - top) / 45));
  const y = linearCountScale(domainMax, [baseline, top], tickCount);
  // Counts are whole: no tick at 2.5 children. With nothing reported there is no scale to show.
  const ticks = anyValue || input.sharedMax !== null ? y.ticks(tickCount).filter(Number.isInteger) : [];

  const showNumerals = points.every((p) => {
    const slot = slots.get(p.edition.id);
    return slot !== undefined && textWidth(p.edition.id, L.axisFont) <= slot.x1 - slot.x0 - 4;
  });

  const bars = points.flatMap((point, i): BarMark[] => {
    const slot = slots.get(point.edition.id);
    if (!slot) return [];
    return [layoutBar(point, { slot, plan: plans[i] ?? null, baseline, y, colour, showNumeral: showNumerals })];
  });

  const plotHeight = baseline - top;
  const gaps = gapRuns(years).map((run): GapBand => {
    const x0 = px(band(run.firstYear) ?? plotX0);
    const x1 = px((band(run.lastYear) ?? plotX0) + band.bandwidth());
    return { ...run, x0, x1, labels: layoutGapLabel(run.label, x0, x1, top, plotHeight) };
  });

  // The marker sits where the new wording starts: the left edge of the new edition's year, or
  // between the two editions when both ran in the same year.
  const breaks = input.breaks.flatMap(({ number, change }): BreakMark[] => {
    const after = slots.get(change.after.id);
    if (!after) return [];
    const sameYear = change.before.year === change.after.year && slots.has(change.before.id);
    const x = sameYear ? after.x0 : px(band(change.after.year) ?? after.x0);
    return [{ number, afterEditionId: change.after.id, x, badgeY: L.markerStrip / 2 }];
  });

  const focusSlot = focusEditionId ? slots.get(focusEditionId) : undefined;
  return {
    width,
    height,
    plot: { x0: plotX0, x1: px(plotX1), top: px(top), baseline: px(baseline) },
    yDomain: [0, y.max],
    yTicks: ticks.map((value) => ({ value, y: px(y(value)), label: formatCount(value) })),
    years: yearTicks(years, band, px(baseline + 28)),
    gaps,
    bars,
    breaks,
    focus: focusSlot ? { x0: focusSlot.x0, x1: focusSlot.x1 } : null,
    scaleRows: layoutScaleStrip(input.scaleRows, slots, plotX0, px(baseline + L.axisHeight)),
  };
}
