/**
 * How many values a view shows were reported. The one rule: a generated sample value is shown, but
 * never counted as reported; a published or imported zero, lower bound or approximation is (an imported
 * value is the analyst's real figure). The map's caption, the tables' sum rows and the trends' captions
 * all count here, so they never disagree on "reported".
 */
import type { ValueState } from './value-state';

export interface Coverage {
  /** Values a release published or an analyst's file gave, zero included. */
  reported: number;
  /** Generated sample values shown. */
  synthetic: number;
  total: number;
}

/** A value someone reported (a release or an analyst's file): anything but "not reported" and generated sample data. */
export function isReported(state: ValueState): boolean {
  return state !== 'not-reported' && state !== 'synthetic';
}

/**
 * A value release mode withholds is counted as what it is (a reported or a sample value): coverage
 * says nothing of its size, and a withheld sample value must not turn into a "reported" one.
 */
export function coverageOf(values: readonly { state: ValueState; withheld?: { from: ValueState } }[]): Coverage {
  const states = values.map((value) => value.withheld?.from ?? value.state);
  return {
    reported: states.filter(isReported).length,
    synthetic: states.filter((state) => state === 'synthetic').length,
    total: values.length,
  };
}

/**
 * "12 of 56 offices reported, 44 with synthetic sample values" (captions and sentences), or with no
 * noun the table's short form "36 of 56 reported, 56 synthetic".
 */
export function coverageText(coverage: Coverage, noun?: string): string {
  const head = `${coverage.reported} of ${coverage.total}${noun ? ` ${noun}` : ''} reported`;
  if (coverage.synthetic === 0) return head;
  return `${head}, ${coverage.synthetic}${noun ? ' with synthetic sample values' : ' synthetic'}`;
}
