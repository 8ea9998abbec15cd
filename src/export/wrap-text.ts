/**
 * Greedy line breaking on the committed width table: deterministic, no DOM. Words break at spaces;
 * a word wider than the line (a long URL) breaks after `/ ? & = - . , ; _`, and only where none of
 * those helps, between characters. Nothing is ever dropped or cut off.
 */
import { textWidth } from '../charts/text-width';
import type { FontWeight } from '../charts/text-width';

/** Spaces that may break a line; the no-break space (U+00A0) deliberately is not one of them. */
const BREAKING_SPACE = /[\t\n\v\f\r \u2028\u2029]+/;
/** A long word may break after one of these (kept at the end of the line, as in a printed URL). */
const WORD_BREAK_AFTER = /(?<=[/?&=\-.,;_])/;
/** Last resort inside a word: between graphemes, so an accent never parts from its letter. */
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function wrapText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 'regular'): string[] {
  const fits = (candidate: string): boolean => textWidth(candidate, fontSize, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(BREAKING_SPACE).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (fits(word)) {
      line = word;
      continue;
    }
    const pieces = breakLongWord(word, fits);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Splits one word wider than the line into lines, preferring the break points above. */
function breakLongWord(word: string, fits: (text: string) => boolean): string[] {
  const segments = word.split(WORD_BREAK_AFTER).flatMap((segment) => (fits(segment) ? [segment] : Array.from(graphemes.segment(segment), (g) => g.segment)));
  const lines: string[] = [];
  let line = '';
  for (const segment of segments) {
    if (line !== '' && !fits(line + segment)) {
      lines.push(line);
      line = segment;
    } else {
      line += segment;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
