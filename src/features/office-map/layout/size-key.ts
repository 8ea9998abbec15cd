/**
 * The size key's layout, on the page and in the export: nested reference circles drawn with the
 * map's own scale, bottoms aligned, each labelled at its top (labels pushed apart where small circles
 * would make them collide). Pure: references + top → positions and text.
 */
import { px } from '../../../charts/round';
import { textWidth } from '../../../charts/text-width';
import { formatCount } from '../../../domain/format';
import type { SizeReference } from './symbols';

/** Labels sit at least this far apart, however small the circles are on a phone. */
const LABEL_SPACING = 13;
export const SIZE_KEY_FONT_SIZE = 12;

export interface SizeKeyRow {
  value: number;
  circle: { cx: number; cy: number; r: number };
  tick: string;
  /** The label's baseline: its middle sits on the tick (no dominant-baseline, which some SVG readers ignore). */
  label: { text: string; x: number; y: number };
}

export interface SizeKeyLayout {
  rows: SizeKeyRow[];
  /** The right edge of the widest label. */
  right: number;
  /** The circles' common bottom. */
  bottom: number;
  /** The lowest point anything is drawn at (a pushed-down label may sit below the circles). */
  height: number;
}

export function sizeKeyLayout(references: readonly SizeReference[], top = 0): SizeKeyLayout {
  const largest = references[0]?.r ?? 0;
  const labelX = 2 * largest + 12;
  const base = top + Math.max(2 * largest + 2, LABEL_SPACING * references.length);
  const rows: SizeKeyRow[] = [];
  let lastLabelY: number | null = null;
  for (const ref of references) {
    const circleTop = base - 2 * ref.r;
    const labelY = Math.max(circleTop, lastLabelY === null ? circleTop : lastLabelY + LABEL_SPACING, top + 6);
    lastLabelY = labelY;
    rows.push({
      value: ref.value,
      circle: { cx: px(largest + 2), cy: px(circleTop + ref.r), r: px(ref.r) },
      tick: `${px(largest + 2)},${px(circleTop)} ${px(labelX - 8)},${px(circleTop)} ${px(labelX - 4)},${px(labelY)}`,
      label: { text: formatCount(ref.value), x: px(labelX), y: px(labelY + 4) },
    });
  }
  const widest = Math.max(0, ...rows.map((row) => textWidth(row.label.text, SIZE_KEY_FONT_SIZE)));
  return {
    rows,
    right: labelX + widest,
    bottom: rows.length > 0 ? base : top,
    height: Math.max(base + 2, (lastLabelY ?? top) + 8),
  };
}
