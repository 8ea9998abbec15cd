/**
 * How release mode reads: a cell's display, words and sort key, and the notice every view and export
 * carries while it is on. The decisions are in suppression.ts; this is their wording.
 */
import type { ShownValue } from './shown-value';
import { suppressionStatus } from './suppression';
import type { CellRef, SuppressionCounts, SuppressionModel, SuppressionStatus } from './suppression';

/** What a view shows of one cell in release mode. */
export interface SuppressedValue {
  status: SuppressionStatus;
  /** The number a view may draw, sort, add or compare: null when hidden (and when not reported). */
  value: number | null;
  /** "<10", "hidden", or the shown value's own display ("59", "200+", "—"). */
  display: string;
  spoken: string;
  /**
   * The sort key: the number when shown; K − ½ for every "<K" (above zeros, below K, tied with each
   * other so they keep the table's order, never sorted by their hidden value); null for a hidden
   * cell, which goes last like a value that was not reported.
   */
  sortKey: number | null;
}

export const HIDDEN_MARK = 'hidden';
export const HIDDEN_WORDS = 'hidden so that hidden counts cannot be worked out';
/** What a change, percentage or sum that would reveal a hidden count reads instead. */
export const NOT_SHOWN = 'not shown';

export function smallCountMark(threshold: number): string {
  return `<${threshold}`;
}

export function suppressedValue(model: SuppressionModel, ref: CellRef, shown: ShownValue): SuppressedValue {
  const status = suppressionStatus(model, ref);
  if (status === 'primary') {
    // An analyst's national sum with an office missing is a lower bound; what is under K is the part reported.
    const words = `fewer than ${model.threshold}${shown.qualifier === 'at-least' ? ' from the offices that reported' : ''}`;
    return { status, value: null, display: smallCountMark(model.threshold), spoken: words, sortKey: model.threshold - 0.5 };
  }
  if (status === 'complementary') return { status, value: null, display: HIDDEN_MARK, spoken: HIDDEN_WORDS, sortKey: null };
  return { status, value: shown.value, display: shown.display, spoken: shown.spoken, sortKey: shown.value };
}

const cells = (n: number): string => (n === 1 ? '1 further cell' : `${n} further cells`);

/**
 * "Counts 1–9 shown as <10; 7 further cells hidden so hidden counts cannot be worked out." Every view
 * and export says this when release mode is on; exposed counts are owned up to, never left unsaid.
 */
export function suppressionNotice(threshold: number, counts: Partial<SuppressionCounts>): string {
  const range = threshold === 2 ? 'Counts of 1' : `Counts 1–${threshold - 1}`;
  const parts = [`${range} shown as ${smallCountMark(threshold)}`];
  const { complementary = 0, exposed = 0, publishedSmall = 0 } = counts;
  if (complementary > 0) parts.push(`${cells(complementary)} hidden so hidden counts cannot be worked out`);
  if (publishedSmall > 0) parts.push(`${publishedSmall} published ${publishedSmall === 1 ? 'count' : 'counts'} under ${threshold} shown as released`);
  const sentence = `${parts.join('; ')}.`;
  if (exposed === 0) return sentence;
  return `${sentence} ${exposed === 1 ? '1 hidden count' : `${exposed} hidden counts`} can still be worked out from published figures.`;
}
