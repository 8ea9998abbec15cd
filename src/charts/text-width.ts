/**
 * Text width from the committed Public Sans width table: layout decides line breaks without the DOM,
 * so an export wraps the same way in every browser, in jsdom and in Node (docs/DESIGN.md §5).
 */
import { PUBLIC_SANS_WIDTHS } from './public-sans-widths';

export type FontWeight = 'regular' | 'bold';

/**
 * Width of a character outside the table (not in the embedded latin subset, so drawn with a system
 * fallback font of unknown metrics): a full em, wider than any latin letter, so text wraps early
 * rather than running past the margin.
 */
export const FALLBACK_EM = 1;

const REGULAR = new Map<number, number>(PUBLIC_SANS_WIDTHS.map(([code, regular]) => [code, regular]));
const BOLD = new Map<number, number>(PUBLIC_SANS_WIDTHS.map(([code, , bold]) => [code, bold]));

/** Combining marks and control characters take no room of their own. */
function isZeroWidth(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x300 && code <= 0x36f) || code === 0x200b || code === 0xfeff;
}

/** Advance width in thousandths of an em (kerning ignored: sums run about 0.5–3 % wide). */
export function textUnits(text: string, weight: FontWeight = 'regular'): number {
  const table = weight === 'bold' ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isZeroWidth(code)) continue;
    units += table.get(code) ?? FALLBACK_EM * 1000;
  }
  return units;
}

/** Advance width in px at `fontSize` px. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  return (textUnits(text, weight) * fontSize) / 1000;
}
