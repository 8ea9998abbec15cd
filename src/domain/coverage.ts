/**
 * How many values a view shows were published. The one rule: a generated sample value is shown, but
 * never counted as reported; a published zero, lower bound or approximation is. The map's caption, the
 * tables' sum rows and the trends' captions all count here, so they never disagree on "reported".
 */
import type { ValueState } from './value-state';

export interface Coverage {
  /** Values a release published, zero included. */
  reported: number;
  /** Generated sample values shown. */
  synthetic: number;
  total: number;
}

/** A value the releases published: anything but "not reported" and generated sample data. */
export function isPublished(state: ValueState): boolean {
  return state !== 'not-reported' && state !== 'synthetic';
}

export function coverageOf(values: readonly { state: ValueState }[]): Coverage {
  return {
    reported: values.filter((value) => isPublished(value.state)).length,
    synthetic: values.filter((value) => value.state === 'synthetic').length,
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
