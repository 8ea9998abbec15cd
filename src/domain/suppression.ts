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
 * the notice, the sort key): suppression-text.ts.
 */
import type { Dataset } from '../data/types';
import { NATIONAL } from '../data/types';
import type { Comparison } from './comparison';
import { METRIC_SUMS, suppressionGrid } from './suppression-grid';
import type { MetricSum } from './suppression-grid';
import { protectNetwork } from './suppression-network';

export { METRIC_SUMS };
export type { MetricSum };

export const MIN_THRESHOLD = 2;
export const MAX_THRESHOLD = 20;
/** CDC WONDER suppresses counts under 10; CMS 1–10; CTDC publishes with k = 11. */
export const DEFAULT_THRESHOLD = 10;

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
const officeKey = (editionId: string, metricId: string): string => `${editionId}\u0000${metricId}`;

export function isThreshold(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_THRESHOLD && value <= MAX_THRESHOLD;
}

/** `suppress=K` as written in a URL: "10" → 10; anything else (or out of 2..20) → null. */
export function parseThreshold(text: string): number | null {
  if (!/^\d{1,2}$/.test(text)) return null;
  const value = Number(text);
  return isThreshold(value) ? value : null;
}

const cache = new WeakMap<Dataset, Map<string, SuppressionModel>>();

/** The suppressed model of a dataset at threshold K; memoised per dataset (loaded datasets are immutable). */
export function suppressCounts(dataset: Dataset, options: SuppressionOptions): SuppressionModel {
  const { threshold, hidePublished = false } = options;
  if (!isThreshold(threshold)) throw new RangeError(`threshold ${threshold} is not a whole number from ${MIN_THRESHOLD} to ${MAX_THRESHOLD}`);
  const cacheable = options.metricSums === undefined;
  const key = `${threshold}${hidePublished ? '+published' : ''}`;
  const cached = cacheable ? cache.get(dataset)?.get(key) : undefined;
  if (cached) return cached;

  const grid = suppressionGrid(dataset, threshold, hidePublished, options.metricSums ?? METRIC_SUMS);
  const hidden = new Map<string, Exclude<SuppressionStatus, 'shown'>>();
  const hiddenOffices = new Map<string, number>();
  const hide = (ref: CellRef, status: Exclude<SuppressionStatus, 'shown'>): void => {
    hidden.set(cellKey(ref.editionId, ref.place, ref.metricId), status);
    if (ref.place === NATIONAL) return;
    const total = officeKey(ref.editionId, ref.metricId);
    hiddenOffices.set(total, (hiddenOffices.get(total) ?? 0) + 1);
  };
  let publishedSmall = 0;
  for (const { observation, role, isCount } of grid.cells) {
    if (role === 'primary' || role === 'published-small') hide(observation, 'primary');
    if (role === 'known' && isCount && observation.origin === 'published' && isSmall(observation.value, threshold)) publishedSmall++;
  }
  const exposed: CellRef[] = [];
  for (const network of grid.networks) {
    const result = protectNetwork(network.nodeCount, network.edges);
    for (const id of result.complementary) {
      const cell = network.cells[id];
      if (cell) hide(cell, 'complementary');
    }
    for (const id of result.widened) {
      const cell = network.cells[id];
      if (cell) hidden.set(cellKey(cell.editionId, cell.place, cell.metricId), 'complementary');
    }
    for (const id of result.exposed) {
      const cell = network.cells[id];
      if (cell) exposed.push({ editionId: cell.editionId, place: cell.place, metricId: cell.metricId });
    }
  }
  const complementary = [...hidden.values()].filter((status) => status === 'complementary').length;
  const model: SuppressionModel = {
    threshold,
    hidePublished,
    hidden,
    counts: { primary: hidden.size - complementary, complementary, exposed: exposed.length, publishedSmall },
    exposed,
    hiddenOffices,
  };
  if (cacheable) {
    const models = cache.get(dataset) ?? new Map<string, SuppressionModel>();
    models.set(key, model);
    cache.set(dataset, models);
  }
  return model;
}

function isSmall(value: number | null, threshold: number): boolean {
  return value !== null && value > 0 && value < threshold;
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
