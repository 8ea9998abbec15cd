/**
 * The cells of the breakdown tables. A cell keeps the number, its qualifier and its state side by side,
 * so the table, its sort and its CSV read one model and never re-derive a state from a number.
 */
import type { Observation, Qualifier } from '../data/types';
import { describeObservation, formatCount, formatObservation } from './format';
import type { OfficeFigure } from './office-figures';
import { valueState } from './value-state';
import type { ValueState } from './value-state';

export interface BreakdownCell {
  metricId: string;
  /** null = not reported, never 0. */
  value: number | null;
  qualifier: Qualifier | null;
  state: ValueState;
  /** "59", "200+", "≈700", "—". */
  display: string;
  /** The same in words for screen readers: "more than 200", "not reported". */
  spoken: string;
  sourceIds: readonly string[];
}

export function observationCell(metricId: string, observation: Observation | undefined): BreakdownCell {
  const reported = observation !== undefined && observation.value !== null;
  return {
    metricId,
    value: observation?.value ?? null,
    qualifier: reported ? observation.qualifier : null,
    state: valueState(observation),
    display: formatObservation(observation),
    spoken: describeObservation(observation),
    sourceIds: observation?.sourceIds ?? [],
  };
}

/**
 * An office cell from the shared selector, so the table shows what the map and the headline show.
 * The figure has no qualifier field, so it comes from the same observation the figure was made from.
 */
export function officeFigureCell(metricId: string, figure: OfficeFigure, observation: Observation | undefined): BreakdownCell {
  return {
    metricId,
    value: figure.value,
    qualifier: figure.value === null ? null : (observation?.qualifier ?? null),
    state: figure.state,
    display: figure.display,
    spoken: figure.spoken,
    sourceIds: figure.sources.map((source) => source.id),
  };
}

/**
 * How exact a sum over offices is: any office not reported makes it a lower bound (its value is
 * unknown, but not negative); a "more than N" part does the same; a "nearly N" part makes it approximate.
 * Synthetic parts were spread from the national figure, so they carry its qualifier: a spread of
 * "more than 200" adds up to 200, which is a lower bound like the figure it came from.
 */
export type SumBound = 'exact' | 'at-least' | 'approximately' | 'approximately-at-least';

export interface SumCell extends BreakdownCell {
  /** Offices with a published value, zero included; synthetic values are never counted as reported. */
  reported: number;
  /** Offices with a generated sample value in the sum. */
  synthetic: number;
  total: number;
  bound: SumBound;
  /** "36 of 56 reported", or "0 of 56 reported, 56 synthetic" on sample data. */
  coverage: string;
}

const SUM_DISPLAY: Record<SumBound, (n: string) => string> = {
  exact: (n) => n,
  'at-least': (n) => `${n}+`,
  approximately: (n) => `≈${n}`,
  'approximately-at-least': (n) => `≈${n}+`,
};
const SUM_WORDS: Record<SumBound, (n: string) => string> = {
  exact: (n) => n,
  'at-least': (n) => `at least ${n}`,
  approximately: (n) => `about ${n}`,
  'approximately-at-least': (n) => `at least about ${n}`,
};

/**
 * Coverage counts as officeCoverage does (src/domain/office-figures.ts): published values only, zero
 * included, and synthetic ones beside them, so the table and the map never disagree on "reported".
 */
export function sumCoverage(cells: readonly BreakdownCell[]): { reported: number; synthetic: number; total: number; coverage: string } {
  const synthetic = cells.filter((cell) => cell.state === 'synthetic').length;
  const reported = cells.filter((cell) => cell.state !== 'not-reported' && cell.state !== 'synthetic').length;
  const total = cells.length;
  const coverage = `${reported} of ${total} reported` + (synthetic > 0 ? `, ${synthetic} synthetic` : '');
  return { reported, synthetic, total, coverage };
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
      display: formatObservation(undefined),
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

/** The distinct sources of some cells, in id order (S1, S2, … S74), as the Sources panel lists them. */
export function sourceIdsOf(cells: readonly { sourceIds: readonly string[] }[]): string[] {
  const ids = new Set(cells.flatMap((cell) => cell.sourceIds));
  const byNumber = (id: string): number => Number(id.replace(/\D+/g, '')) || 0;
  return [...ids].sort((a, b) => byNumber(a) - byNumber(b) || a.localeCompare(b));
}
