/**
 * One mark per edition: a bar from zero for a value, a floating dotted box holding "—" for a value
 * not reported (so it can never be read as a zero-height bar), and the value label above it. Release
 * mode's withheld values ("<10", "hidden") get the same fixed box in their own encoding, never a
 * height that would give the value away.
 */
import { px } from '../../charts/round';
import { textWidth } from '../../charts/text-width';
import { markEncoding } from '../../charts/theme';
import type { MarkEncoding } from '../../charts/theme';
import type { TrendPoint } from '../../domain/trends';
import type { ValueState } from '../../domain/value-state';
import { TREND_LAYOUT } from './trend-geometry';
import type { EditionSlot } from './trend-geometry';
import type { TextMark } from './text-mark';

export interface BarMark {
  editionId: string;
  state: ValueState;
  slot: EditionSlot;
  /** The bar, or for "not reported" the floating placeholder box. */
  x: number;
  y: number;
  width: number;
  height: number;
  encoding: MarkEncoding;
  label: TextMark | null;
  /** The edition numeral under the axis, when every numeral fits its slot. */
  editionLabel: TextMark | null;
  /** Where a tooltip points: the top of the mark. */
  anchorY: number;
}

export type LabelPlan = 'horizontal' | 'rotated' | null;

/**
 * Which value labels show: all that fit their slot; where one does not, the qualifier ("200+"), a
 * zero and the focus edition keep theirs, turned upright, because their meaning is not in the bar's
 * height; other values are read from the y axis, the tooltip and the table. The dash of a value not
 * reported always shows and never turns (an upright dash would read as a thin bar).
 */
export function planLabel(point: TrendPoint, slot: EditionSlot | undefined, isFocus: boolean): LabelPlan {
  if (point.state === 'not-reported') return 'horizontal';
  const slotWidth = slot ? slot.x1 - slot.x0 : 0;
  if (textWidth(point.display, TREND_LAYOUT.labelFont) <= slotWidth - 2) return 'horizontal';
  // A "<10" or "hidden" says what its box is: where it does not fit, it stands upright above the box.
  if (point.value === null) return 'rotated';
  return point.state === 'approximate' || point.state === 'zero' || isFocus ? 'rotated' : null;
}

/** The room upright labels need above the tallest bar. */
export function labelHeadroom(points: readonly TrendPoint[], plans: readonly LabelPlan[]): number {
  const upright = points.map((p, i) => (plans[i] === 'rotated' ? textWidth(p.display, TREND_LAYOUT.labelFont) + 6 : 0));
  return Math.max(TREND_LAYOUT.minHeadroom, ...upright);
}

export interface BarContext {
  slot: EditionSlot;
  plan: LabelPlan;
  baseline: number;
  /** The y position of a value (the chart's linear scale). */
  y: (value: number) => number;
  colour: string;
  showNumeral: boolean;
}

export function layoutBar(point: TrendPoint, { slot, plan, baseline, y, colour, showNumeral }: BarContext): BarMark {
  const L = TREND_LAYOUT;
  const slotWidth = slot.x1 - slot.x0;
  const barWidth = Math.max(2, Math.min(L.maxBarWidth, slotWidth * L.barFill));
  const common = {
    editionId: point.edition.id,
    state: point.state,
    slot,
    encoding: markEncoding(point.state, colour),
    editionLabel: showNumeral
      ? ({ text: point.edition.id, x: slot.cx, y: px(baseline + 13), anchor: 'middle', rotated: false } as const)
      : null,
  };
  if (point.value === null) {
    const boxWidth = Math.max(barWidth, Math.min(slotWidth - 2, L.notReportedBox));
    const boxY = baseline - L.notReportedLift - L.notReportedBox;
    return {
      ...common,
      x: px(slot.cx - boxWidth / 2),
      y: px(boxY),
      width: px(boxWidth),
      height: L.notReportedBox,
      label:
        plan === 'rotated'
          ? { text: point.display, x: px(slot.cx + L.labelFont * 0.35), y: px(boxY - 3), anchor: 'start', rotated: true }
          : { text: point.display, x: slot.cx, y: px(boxY + L.notReportedBox / 2 + 4), anchor: 'middle', rotated: false },
      anchorY: px(boxY),
    };
  }
  // A published zero keeps a visible 2 px outline, labelled "0", so it is seen as a value.
  const top = point.value === 0 ? baseline - 2 : y(point.value);
  const label: TextMark | null =
    plan === 'horizontal'
      ? { text: point.display, x: slot.cx, y: px(top - 4), anchor: 'middle', rotated: false }
      : plan === 'rotated'
        ? { text: point.display, x: px(slot.cx + L.labelFont * 0.35), y: px(top - 4), anchor: 'start', rotated: true }
        : null;
  return {
    ...common,
    x: px(slot.cx - barWidth / 2),
    y: px(top),
    width: px(barWidth),
    height: px(baseline - top),
    label,
    anchorY: px(top),
  };
}
