/**
 * The label inside a gap band ("no operation", "no results published"): across the band when it
 * fits, otherwise upright, and on two lines when even upright it is taller than the plot (small
 * multiples at 360 px). The label is always drawn: a gap must never look like missing ink.
 */
import { px } from '../../charts/round';
import { textWidth } from '../../charts/text-width';
import type { TextMark } from './text-mark';

export const GAP_FONT = 11;
const LINE_GAP = 12;

function splitInTwo(text: string): string[] {
  const middle = text.length / 2;
  let best = -1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best === -1 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}

export function layoutGapLabel(text: string, x0: number, x1: number, top: number, plotHeight: number): TextMark[] {
  const mid = (x0 + x1) / 2;
  const centreY = px(top + plotHeight / 2);
  const length = textWidth(text, GAP_FONT);
  if (length <= x1 - x0 - 6) {
    return [{ text, x: px(mid), y: px(centreY + GAP_FONT * 0.35), anchor: 'middle', rotated: false }];
  }
  const lines = length <= plotHeight - 8 ? [text] : splitInTwo(text);
  // Upright lines sit side by side, centred on the band; glyphs hang to the left of their x.
  return lines.map((line, i) => ({
    text: line,
    x: px(mid + (i - (lines.length - 1) / 2) * LINE_GAP + GAP_FONT * 0.35),
    y: centreY,
    anchor: 'middle',
    rotated: true,
  }));
}

/** A box in the label's own frame (turned with the label when it is upright). */
export interface LabelBackdrop {
  x: number;
  y: number;
  width: number;
  height: number;
}

const BACKDROP_PAD = 2;

/**
 * The band-coloured box behind a gap label, drawn over the gridlines and under the text, so no
 * gridline cuts through the letters ("no operation" must never read "nc operation").
 */
export function gapLabelBackdrop(mark: TextMark): LabelBackdrop {
  const width = textWidth(mark.text, GAP_FONT) + 2 * BACKDROP_PAD;
  const offset = { start: BACKDROP_PAD, middle: width / 2, end: width - BACKDROP_PAD }[mark.anchor];
  // From the ascenders (about 0.8 em above the baseline) to the descenders (about 0.2 em below).
  return { x: px(mark.x - offset), y: px(mark.y - GAP_FONT * 0.8 - 1), width: px(width), height: GAP_FONT + 2 };
}
