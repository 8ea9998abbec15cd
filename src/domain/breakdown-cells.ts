/**
 * The cells of the breakdown tables. A cell keeps the number, its qualifier and its state side by side,
 * so the table, its sort and its CSV read one model and never re-derive a state from a number.
 */
import type { Observation, Qualifier } from '../data/types';
import { coverageOf, coverageText } from './coverage';
import type { Coverage } from './coverage';
import { formatCount, NOT_REPORTED_MARK, QUALIFIER_TEXT } from './format';
import type { OfficeFigure } from './office-figures';
import { shownValue } from './shown-value';
import type { SuppressionModel } from './suppression';
import { NOT_SHOWN } from './suppression-text';
import type { ShownValue } from './shown-value';
import { valueState } from './value-state';
import { compareSourceIds } from './sources';

export interface BreakdownCell extends ShownValue {
  metricId: string;
}

/** A cell of one observation; in release mode (given the model) withheld like every other view's. */
export function observationCell(metricId: string, observation: Observation | undefined, suppression?: SuppressionModel): BreakdownCell {
  return { ...shownValue(observation, suppression), metricId };
}

/** An office cell from the shared selector, so the table shows exactly what the map and the headline show. */
export function officeFigureCell(metricId: string, figure: OfficeFigure): BreakdownCell {
  const { value, qualifier, state, display, spoken, sourceIds, withheld } = figure;
  return { metricId, value, qualifier, state, display, spoken, sourceIds, ...(withheld ? { withheld } : {}) };
}

/**
 * How exact a sum over offices is: any office not reported makes it a lower bound (its value is
 * unknown, but not negative); a "more than N" part does the same; a "nearly N" part makes it approximate.
 * Synthetic parts were spread from the national figure, so they carry its qualifier: a spread of
 * "more than 200" adds up to 200, which is a lower bound like the figure it came from.
 */
export type SumBound = 'exact' | 'at-least' | 'approximately' | 'approximately-at-least';

export interface SumCell extends BreakdownCell, Coverage {
  bound: SumBound;
  /** "36 of 56 reported", or "0 of 56 reported, 56 synthetic" on sample data. */
  coverage: string;
}

const { 'at-least': LOWER, approximately: ABOUT } = QUALIFIER_TEXT;
const SUM_DISPLAY: Record<SumBound, (n: string) => string> = {
  exact: (n) => n,
  'at-least': LOWER.mark,
  approximately: ABOUT.mark,
  'approximately-at-least': (n) => LOWER.mark(ABOUT.mark(n)),
};
const SUM_WORDS: Record<SumBound, (n: string) => string> = {
  exact: (n) => n,
  'at-least': LOWER.bound,
  approximately: ABOUT.bound,
  'approximately-at-least': (n) => LOWER.bound(ABOUT.bound(n)),
};

/** The sum's coverage, counted as every view counts it (src/domain/coverage.ts), in the table's short words. */
export function sumCoverage(cells: readonly BreakdownCell[]): Coverage & { coverage: string } {
  const counts = coverageOf(cells);
  return { ...counts, coverage: coverageText(counts) };
}

/**
 * The sum of the given office cells of one metric, honest about what it leaves out. `national` is the
 * national figure synthetic office values were spread from; its qualifier carries into the sum.
 */
export function sumCell(metricId: string, cells: readonly BreakdownCell[], national?: BreakdownCell): SumCell {
  const parts = cells.filter((cell) => cell.value !== null);
  const counts = sumCoverage(cells);
  if (parts.length === 0) {
    return {
      metricId,
      value: null,
      qualifier: null,
      state: 'not-reported',
      display: NOT_REPORTED_MARK,
      spoken: `not reported, ${counts.coverage}`,
      sourceIds: [],
      ...counts,
      bound: 'exact',
    };
  }
  const value = parts.reduce((sum, cell) => sum + (cell.value ?? 0), 0);
  const spreadQualifier = counts.synthetic > 0 ? (national?.qualifier ?? null) : null;
  const lowerBound =
    parts.length < counts.total || spreadQualifier === 'at-least' || parts.some((cell) => cell.qualifier === 'at-least');
  const approximate = spreadQualifier === 'approximately' || parts.some((cell) => cell.qualifier === 'approximately');
  const bound: SumBound = lowerBound ? (approximate ? 'approximately-at-least' : 'at-least') : approximate ? 'approximately' : 'exact';
  // One qualifier per value (the CSV's vocabulary): a lower bound that is also approximate is a lower bound.
  const qualifier: Qualifier | null = lowerBound ? 'at-least' : approximate ? 'approximately' : null;
  // The state goes through valueState like every other value: a sum of generated figures is generated.
  const state = valueState({
    editionId: '',
    place: 'sum',
    metricId,
    value,
    qualifier,
    origin: counts.synthetic > 0 ? 'synthetic' : 'published',
    sourceIds: [],
    note: '',
  });
  const n = formatCount(value);
  return {
    metricId,
    value,
    qualifier,
    state,
    display: SUM_DISPLAY[bound](n),
    spoken: `${SUM_WORDS[bound](n)}, ${counts.coverage}`,
    sourceIds: [...new Set(parts.flatMap((cell) => cell.sourceIds))],
    ...counts,
    bound,
  };
}

/**
 * Release mode: a sum over offices that would give a withheld count away (a subset with a hidden part,
 * src/domain/suppression.ts officeSumShown) reads "not shown", with its coverage.
 */
export function notShownSum(metricId: string, cells: readonly BreakdownCell[]): SumCell {
  const counts = sumCoverage(cells);
  return {
    metricId,
    value: null,
    qualifier: null,
    state: 'hidden',
    display: NOT_SHOWN,
    spoken: `${NOT_SHOWN}: the sum would give away a withheld count, ${counts.coverage}`,
    sourceIds: [],
    ...counts,
    bound: 'exact',
  };
}

/** The distinct sources of some cells, in id order (S1, S2, … S74), as the Sources panel lists them. */
export function sourceIdsOf(cells: readonly { sourceIds: readonly string[] }[]): string[] {
  const ids = new Set(cells.flatMap((cell) => cell.sourceIds));
  return [...ids].sort(compareSourceIds);
}
