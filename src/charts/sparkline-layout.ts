/**
 * The small trend on each headline card: one bar per edition across every year of the dataset, as a
 * pure function of the values and a size (exact numbers in tests/charts/sparkline-layout.test.ts).
 * It keeps the trends chart's rules at a glance's size: a year without an edition is a gap band with
 * no baseline under it (never a zero bar); a zero is a flat outline on the baseline, "not reported"
 * a dotted box, so neither reads as the other; a wording change is a dashed rule before the first
 * edition of the new wording; the focus edition is the one bar in full colour.
 */
import type { ValueState } from '../domain/value-state';
import type { AxisGapKind, AxisYear } from '../domain/time-axis';
import { px } from './round';

export interface SparkPoint {
  editionId: string;
  /** null = not reported; for a lower bound ("200+") the bound. */
  value: number | null;
  state: ValueState;
}

export interface SparkInput {
  years: readonly AxisYear[];
  points: readonly SparkPoint[];
  /** Ids of the first edition after each wording change. */
  breakBeforeIds: readonly string[];
  focusEditionId: string | null;
  width: number;
  height: number;
}

export interface SparkBar {
  editionId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  state: ValueState;
  focus: boolean;
}

export interface SparkLayout {
  width: number;
  height: number;
  baseline: number;
  /** Stretches of baseline under the years that had editions. */
  rules: { x0: number; x1: number }[];
  gaps: { x0: number; x1: number; kind: AxisGapKind }[];
  bars: SparkBar[];
  breaks: { x: number }[];
}

export const SPARK = {
  /** Room above the tallest bar. */
  top: 2,
  /** Room below the baseline: its stroke, then the focus edition's tick. */
  bottom: 4,
  /** Height of the dotted "not reported" box: low, so a row of them reads as absence, not as bars. */
  notReported: 3,
  /** The thinnest a bar of a positive count is drawn, so a 1 never vanishes. */
  minBar: 1,
  /** Space between bars, at most a quarter of a bar's slot. */
  gap: 2,
} as const;

export function sparklineLayout({ years, points, breakBeforeIds, focusEditionId, width, height }: SparkInput): SparkLayout {
  const baseline = height - SPARK.bottom;
  const plotHeight = baseline - SPARK.top;
  const byEdition = new Map(points.map((point) => [point.editionId, point]));
  const max = Math.max(0, ...points.map((point) => point.value ?? 0));
  const yearWidth = years.length > 0 ? width / years.length : 0;
  const breaks = new Set(breakBeforeIds);

  const rules: SparkLayout['rules'] = [];
  const gaps: SparkLayout['gaps'] = [];
  const bars: SparkBar[] = [];
  const breakMarks: SparkLayout['breaks'] = [];

  years.forEach((year, i) => {
    const x0 = i * yearWidth;
    const x1 = x0 + yearWidth;
    if (year.gap !== null) {
      gaps.push({ x0: px(x0), x1: px(x1), kind: year.gap });
      return;
    }
    // Consecutive years with editions share one rule, so the baseline breaks only at a gap.
    const last = rules.at(-1);
    if (last && Math.abs(last.x1 - px(x0)) < 0.01) last.x1 = px(x1);
    else rules.push({ x0: px(x0), x1: px(x1) });

    const slot = yearWidth / year.editions.length;
    const space = Math.min(SPARK.gap, slot / 4);
    year.editions.forEach((edition, j) => {
      const slotX = x0 + j * slot;
      if (breaks.has(edition.id)) breakMarks.push({ x: px(slotX) });
      const point = byEdition.get(edition.id);
      const state: ValueState = point?.state ?? 'not-reported';
      const value = point?.value ?? null;
      const barHeight =
        value === null ? SPARK.notReported : value === 0 || max === 0 ? 0 : Math.max(SPARK.minBar, (value / max) * plotHeight);
      bars.push({
        editionId: edition.id,
        x: px(slotX + space / 2),
        y: px(baseline - barHeight),
        width: px(slot - space),
        height: px(barHeight),
        state,
        focus: edition.id === focusEditionId,
      });
    });
  });
  return { width, height, baseline: px(baseline), rules, gaps, bars, breaks: breakMarks };
}
