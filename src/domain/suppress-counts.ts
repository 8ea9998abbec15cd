/**
 * Release mode's model: which counts a dataset shows as "<K" and which further cells it hides
 * (the rule and its reasons: suppression.ts). Its own module, with the grid and the network search,
 * so the first view does not carry the algorithm: the view provider loads it when `suppress=K` is
 * asked for, and a page without release mode never does.
 */
import type { Dataset } from '../data/types';
import { NATIONAL } from '../data/types';
import { cellKey, isThreshold, MAX_THRESHOLD, METRIC_SUMS, MIN_THRESHOLD, officeKey } from './suppression';
import type { CellRef, SuppressionModel, SuppressionOptions, SuppressionStatus } from './suppression';
import { suppressionGrid } from './suppression-grid';
import { protectNetwork } from './suppression-network';

/** What resolveView is handed to compute the model (this module's suppressCounts, once loaded). */
export type Suppressor = (dataset: Dataset, options: SuppressionOptions) => SuppressionModel;

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
