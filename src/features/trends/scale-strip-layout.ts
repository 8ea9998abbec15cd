/**
 * The context of scale under the national chart: one row per scale measure (cities, agencies, task
 * forces, field offices), aligned with the editions above. Numbers when every number of the row fits
 * its slot; otherwise small bars (height ∝ value within the row) titled with the row's maximum, the
 * numbers then being in the tooltip and the table. Muted ink: the size of an operation is context,
 * not the result.
 */
import { px } from '../../charts/round';
import { textWidth } from '../../charts/text-width';
import { SCALE_ROW_HEIGHT } from './trend-sizes';
import { INK_MUTED, markEncoding } from '../../charts/theme';
import type { MarkEncoding } from '../../charts/theme';
import { formatCount } from '../../domain/format';
import type { ScaleRow } from '../../domain/trends';
import type { ValueState } from '../../domain/value-state';
import type { TextMark } from './text-mark';

export const SCALE_FONT = 10;
const BAR_MAX = 11;

export interface ScaleStripCell {
  editionId: string;
  state: ValueState;
  /** The small bar (bars mode, a value); null when the cell shows text only. */
  bar: { x: number; y: number; width: number; height: number; encoding: MarkEncoding } | null;
  /** The number, or "—" when the release gave none. */
  label: TextMark | null;
}

export interface ScaleStripRow {
  metricId: string;
  mode: 'numbers' | 'bars';
  title: TextMark;
  cells: ScaleStripCell[];
}

interface Slot {
  x0: number;
  x1: number;
  cx: number;
}

export function layoutScaleStrip(
  rows: readonly ScaleRow[],
  slots: ReadonlyMap<string, Slot>,
  x0: number,
  top: number,
): ScaleStripRow[] {
  return rows.map((row, r) => {
    const rowTop = top + r * SCALE_ROW_HEIGHT;
    const valueY = px(rowTop + 25);
    const fits = row.cells.every((cell) => {
      const slot = slots.get(cell.edition.id);
      return slot !== undefined && textWidth(cell.display, SCALE_FONT) <= slot.x1 - slot.x0 - 2;
    });
    const max = Math.max(0, ...row.cells.map((c) => c.value ?? 0));
    const anyValue = row.cells.some((c) => c.value !== null);
    const titleText = !anyValue
      ? `${row.metric.label}: not published in these years`
      : fits
        ? row.metric.label
        : `${row.metric.label} (bars; up to ${formatCount(max)})`;
    const cells = row.cells.flatMap((cell): ScaleStripCell[] => {
      const slot = slots.get(cell.edition.id);
      if (!slot) return [];
      const text: TextMark = { text: cell.display, x: slot.cx, y: valueY, anchor: 'middle', rotated: false };
      if (fits || cell.value === null) return [{ editionId: cell.edition.id, state: cell.state, bar: null, label: text }];
      const width = Math.max(2, (slot.x1 - slot.x0) * 0.6);
      // A zero keeps a 1 px outline so it is not mistaken for a missing figure.
      const height = max === 0 ? 1 : Math.max(1, (cell.value / max) * BAR_MAX);
      return [
        {
          editionId: cell.edition.id,
          state: cell.state,
          bar: {
            x: px(slot.cx - width / 2),
            y: px(rowTop + 27 - height),
            width: px(width),
            height: px(height),
            encoding: markEncoding(cell.state, INK_MUTED),
          },
          label: null,
        },
      ];
    });
    return {
      metricId: row.metric.id,
      mode: fits ? 'numbers' : 'bars',
      title: { text: titleText, x: x0, y: px(rowTop + 11), anchor: 'start', rotated: false },
      cells,
    };
  });
}
