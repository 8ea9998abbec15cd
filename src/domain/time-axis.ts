/**
 * The time axis of the trends: every year of the chosen range, each holding its editions (none, one,
 * or two as in 2008 and 2009) or the reason it has none. The unit stays the edition; the year is only
 * where it sits. A year without an edition is a labelled gap, never a zero (docs/DESIGN.md §1).
 */
import type { Edition, GapKind } from '../data/types';
import type { DatasetIndex } from './dataset-index';

/**
 * Why a year has no edition. `unrecorded` covers a year inside the range that neither has an edition
 * nor a row in gaps.csv: the package says nothing about it, so the axis says so rather than guess.
 */
export type AxisGapKind = GapKind | 'unrecorded';

export const GAP_LABEL: Record<AxisGapKind, string> = {
  'no-operation': 'no operation',
  'no-results-published': 'no results published',
  unrecorded: 'no edition recorded',
};

export interface AxisYear {
  year: number;
  /** The editions of the year in the order they ran; empty for a gap. */
  editions: Edition[];
  /** Why the year has no edition; null when it has one. */
  gap: AxisGapKind | null;
}

/** Consecutive gap years of one kind, drawn as one band with one label (2018–2021: no operation). */
export interface GapRun {
  firstYear: number;
  lastYear: number;
  kind: AxisGapKind;
  label: string;
}

/** The years [from, to] clipped to the dataset's range (null bounds = the full range). */
export function axisYears(index: DatasetIndex, from: number | null, to: number | null): AxisYear[] {
  const [first, last] = index.yearRange;
  if (index.editions.length === 0 && index.dataset.gaps.length === 0) return [];
  const lo = Math.max(first, from ?? first);
  const hi = Math.min(last, to ?? last);
  const gapKind = new Map(index.dataset.gaps.map((gap) => [gap.year, gap.kind]));
  const years: AxisYear[] = [];
  for (let year = lo; year <= hi; year += 1) {
    const editions = index.editions.filter((edition) => edition.year === year);
    years.push({
      year,
      editions,
      gap: editions.length > 0 ? null : (gapKind.get(year) ?? 'unrecorded'),
    });
  }
  return years;
}

/** The editions on the axis, in the order they ran. */
export function axisEditions(years: readonly AxisYear[]): Edition[] {
  return years.flatMap((year) => year.editions);
}

export function gapRuns(years: readonly AxisYear[]): GapRun[] {
  const runs: GapRun[] = [];
  for (const { year, gap } of years) {
    if (gap === null) continue;
    const last = runs.at(-1);
    if (last && last.kind === gap && last.lastYear === year - 1) {
      last.lastYear = year;
    } else {
      runs.push({ firstYear: year, lastYear: year, kind: gap, label: GAP_LABEL[gap] });
    }
  }
  return runs;
}

/** "2011" or "2018–2021". */
export function yearSpan(firstYear: number, lastYear: number): string {
  return firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
}
