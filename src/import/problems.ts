/**
 * The problem list of one validation: every problem is counted, the first few hundred are kept, so a
 * wrong 50 MB file costs a short list and "and N more" instead of a million messages. Notices about
 * the same normalisation (a thousands separator, an office spelling) are tallied into one line each.
 */
import { quoteText } from '../data/cell-text';
import type { ImportProblem, ProblemCode, ProblemCounts, ProblemSeverity } from './import-types';

/** Where a problem is: the location fields of ImportProblem. */
export type Location = Pick<ImportProblem, 'line' | 'character' | 'column' | 'path' | 'cell'>;

export const WHOLE_FILE: Location = { line: null, character: null, column: null, path: null, cell: null };

export const DEFAULT_MAX_PROBLEMS = 200;

/** A value quoted back in a problem's `value`: escaped (no invisible or reordering characters) and cut. */
export const shownText = (raw: string): string => quoteText(raw).slice(1, -1);

export const grouped = (n: number): string => n.toLocaleString('en-US');

/** "1 row", "3 rows". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${grouped(n)} ${n === 1 ? one : many}`;

/** "a, b and c", at most `max` items then "and N more". */
export function listed(items: readonly string[], max = 8): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${grouped(rest)} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

interface Tally {
  code: ProblemCode;
  where: Location;
  value: string | null;
  count: number;
  message: (count: number) => string;
}

/** A problem without its severity, built only when it will be listed. */
export type ProblemDetail = Omit<ImportProblem, 'severity'>;

export class ProblemList {
  private readonly kept: ImportProblem[] = [];
  private readonly tallies = new Map<string, Tally>();
  readonly counts: ProblemCounts = { error: 0, warning: 0, notice: 0 };

  constructor(private readonly max: number) {}

  add(severity: ProblemSeverity, code: ProblemCode, where: Location, message: string, value: string | null = null): void {
    this.counts[severity] += 1;
    if (this.kept.length < this.max) this.kept.push({ severity, code, ...where, value, message });
  }

  /**
   * Counts a problem, and builds it only when it will be listed: a 50 MB file of errors then costs a
   * count per cell, not a message, a position and a quoted value.
   */
  lazy(severity: ProblemSeverity, build: () => ProblemDetail): void {
    this.counts[severity] += 1;
    if (this.kept.length < this.max) this.kept.push({ severity, ...build() });
  }

  error(code: ProblemCode, where: Location, message: string, value: string | null = null): void {
    this.add('error', code, where, message, value);
  }

  warning(code: ProblemCode, where: Location, message: string, value: string | null = null): void {
    this.add('warning', code, where, message, value);
  }

  /**
   * One notice for many occurrences of the same normalisation, placed at the first; `key` tells them
   * apart (an office spelling, a token), `message` is written once the count is known.
   */
  tally(code: ProblemCode, key: string, first: () => { where: Location; value: string | null }, message: (count: number) => string): void {
    const id = `${code}\u0000${key}`;
    const found = this.tallies.get(id);
    if (found === undefined) this.tallies.set(id, { code, ...first(), count: 1, message });
    else found.count += 1;
  }

  get hasErrors(): boolean {
    return this.counts.error > 0;
  }

  /** The kept problems in file order (whole-file problems first), with the tallied notices. */
  finish(): { problems: ImportProblem[]; counts: ProblemCounts; omitted: number } {
    for (const tally of this.tallies.values()) this.add('notice', tally.code, tally.where, tally.message(tally.count), tally.value);
    this.tallies.clear();
    const problems = [...this.kept].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.character ?? 0) - (b.character ?? 0));
    const total = this.counts.error + this.counts.warning + this.counts.notice;
    return { problems, counts: { ...this.counts }, omitted: total - problems.length };
  }
}
