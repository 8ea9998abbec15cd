/**
 * Release mode (`suppress=K`, docs/DESIGN.md §12): the one suppressed model every view and export
 * reads, so a count hidden in the table is hidden in the tooltip, the sentence and the CSV too.
 *
 * The rule. Every count from 1 to K−1 that is not already published shows as "<K" (primary
 * suppression). Then further cells are hidden (complementary suppression, suppression-network.ts)
 * until no hidden count can be worked out from what is shown: the cells, the totals over offices, the
 * sums of metrics (all victims = minor + adult), published figures, and the ranges the labels give
 * ("<10" is 1..9, a hidden cell is 1 or more). Zeros and "not reported" keep their own states.
 *
 * Decisions, and why:
 * - Zeros are never hidden. A zero is no small count to protect, and a hidden zero protects nothing: a
 *   reader who knows hidden cells are 0 or at least K pins it at 0 whenever the rest of its total is
 *   under K. So a hidden cell is known to be 1 or more (at least K unless it was widened).
 * - Published figures are never hidden unless asked (`hidePublished`), and then only on screen: they
 *   are public, so they are always counted as known and never relied on to protect another cell.
 * - A national figure is hidden only when no office cell can protect instead (it costs more).
 * - Derived figures are shown only when they reveal nothing new: a change or a percentage only
 *   between shown values ("not shown" otherwise), and a sum of offices only when none of its parts is
 *   hidden, or when it is the full sum whose total is shown anyway (officeSumShown). So they add no
 *   equation for a reader, and suppression needs to protect against the totals above only.
 * - A hidden count that published figures pin down whatever else is hidden is reported as exposed,
 *   never passed off as protected (none in the sample data at any K).
 *
 * Pure: no React, no DOM. The model is for the whole dataset, not for one view's filters, so two
 * views (or two exports with different filters) hide the same cells. How it reads ("<10", "hidden",
 * the notice, the sort key): suppression-text.ts. The model itself is computed by suppress-counts.ts,
 * loaded only when release mode is on (the first view does not carry the algorithm).
 */
import { NATIONAL } from '../data/types';
import type { Comparison } from './comparison';
import type { Suppressor } from './suppress-counts';

/** A total metric that is the sum of others, as a reader may add them up. */
export interface MetricSum {
  total: string;
  parts: readonly string[];
}

/**
 * The sums of metrics the dataset's model implies. Only all victims = minor + adult: missing children
 * may overlap minor victims (metrics.csv), and total arrests counts more than traffickers and other
 * arrests, so neither is a sum a reader can rely on.
 */
export const METRIC_SUMS: readonly MetricSum[] = [{ total: 'total-victims', parts: ['minor-victims', 'adult-victims'] }];

export const MIN_THRESHOLD = 2;
export const MAX_THRESHOLD = 20;
/** CDC WONDER suppresses counts under 10; CMS 1–10; CTDC publishes with k = 11. */
export const DEFAULT_THRESHOLD = 10;

/**
 * Release mode's algorithm (suppress-counts.ts with its grid and network search), a chunk of its own:
 * loaded when release mode is asked for (app/use-suppressor.ts) or its checkbox is neared (the
 * filters prefetch it), never with a page that does not use it.
 */
export const loadSuppressor = (): Promise<Suppressor> => import('./suppress-counts').then((module) => module.suppressCounts);

export type SuppressionStatus =
  | 'shown'
  /** A count from 1 to K−1, shown as "<K". */
  | 'primary'
  /**
   * Shown as "hidden" so that no hidden count can be worked out: a count of K or more, or (rarely) a
   * count under K whose "<K" would give it or another away (suppression-network.ts, widening).
   */
  | 'complementary';

export interface CellRef {
  editionId: string;
  /** `national` or an office id. */
  place: string;
  metricId: string;
}

export interface SuppressionOptions {
  /** K: counts from 1 to K−1 show as "<K". An integer from 2 to 20. */
  threshold: number;
  /** Also show published counts from 1 to K−1 as "<K" (the reader asked; public figures protect nothing). */
  hidePublished?: boolean;
  /** The sums of metrics a reader can add up; METRIC_SUMS unless a test says otherwise. */
  metricSums?: readonly MetricSum[];
}

export interface SuppressionCounts {
  /** Cells shown as "<K". */
  primary: number;
  /** Further cells hidden. */
  complementary: number;
  /** Hidden counts still pinned by published figures (see `exposed`). */
  exposed: number;
  /** Published counts from 1 to K−1 shown as released. */
  publishedSmall: number;
}

export interface SuppressionModel {
  threshold: number;
  hidePublished: boolean;
  /** Every cell not shown, by cellKey. */
  hidden: ReadonlyMap<string, Exclude<SuppressionStatus, 'shown'>>;
  counts: SuppressionCounts;
  /** Hidden counts the published figures pin whatever else is hidden: say so, never claim them safe. */
  exposed: readonly CellRef[];
  /** Per edition and metric: how many office cells are hidden (for officeSumShown). */
  hiddenOffices: ReadonlyMap<string, number>;
}

export const cellKey = (editionId: string, place: string, metricId: string): string => `${editionId}\u0000${place}\u0000${metricId}`;
export const officeKey = (editionId: string, metricId: string): string => `${editionId}\u0000${metricId}`;

export function isThreshold(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_THRESHOLD && value <= MAX_THRESHOLD;
}

/** `suppress=K` as written in a URL: "10" → 10; anything else (or out of 2..20) → null. */
export function parseThreshold(text: string): number | null {
  if (!/^\d{1,2}$/.test(text)) return null;
  const value = Number(text);
  return isThreshold(value) ? value : null;
}

export function suppressionStatus(model: SuppressionModel, ref: CellRef): SuppressionStatus {
  return model.hidden.get(cellKey(ref.editionId, ref.place, ref.metricId)) ?? 'shown';
}

export function isShown(model: SuppressionModel, ref: CellRef): boolean {
  return !model.hidden.has(cellKey(ref.editionId, ref.place, ref.metricId));
}

/**
 * May a figure computed from these cells be shown: a change between editions, a percentage, a
 * "highest"? Only when every one of them is shown, so it tells nothing the shown cells do not.
 */
export function allShown(model: SuppressionModel, refs: readonly CellRef[]): boolean {
  return refs.every((ref) => isShown(model, ref));
}

/**
 * May a comparison with the previous edition be shown as computed (its change, its percentage, and
 * the previous value a "not comparable" sentence names)? Only when both values are shown; else the
 * view reads NOT_SHOWN. So a change never gives away a hidden count, and adds no equation.
 */
export function comparisonShown(model: SuppressionModel, ref: CellRef, comparison: Comparison): boolean {
  if (!isShown(model, ref)) return false;
  return !('previous' in comparison) || isShown(model, { ...ref, editionId: comparison.previous.id });
}

/**
 * May the sum of these offices' values of one edition and metric be shown? When none of them is
 * hidden; or when it is the full sum (every hidden office among them) and the national figure is
 * shown or absent, because the sum is then that total less shown cells, which a reader has already.
 * A sum over a filtered subset with a hidden part would be a new total, so it is "not shown".
 */
export function officeSumShown(model: SuppressionModel, editionId: string, metricId: string, officeIds: readonly string[]): boolean {
  const hiddenHere = officeIds.filter((place) => !isShown(model, { editionId, place, metricId })).length;
  if (hiddenHere === 0) return true;
  const hiddenAll = model.hiddenOffices.get(officeKey(editionId, metricId)) ?? 0;
  return hiddenHere === hiddenAll && isShown(model, { editionId, place: NATIONAL, metricId });
}

/** The counts among some cells: what one view or export hides, for its own notice. */
export function countHidden(model: SuppressionModel, refs: readonly CellRef[]): Pick<SuppressionCounts, 'primary' | 'complementary'> {
  let primary = 0;
  let complementary = 0;
  for (const ref of refs) {
    const status = suppressionStatus(model, ref);
    if (status === 'primary') primary++;
    else if (status === 'complementary') complementary++;
  }
  return { primary, complementary };
}
