/**
 * Lookups over a Dataset that every view needs. Built once per dataset (the dataset is immutable
 * once loaded) and memoised by identity, so selectors stay cheap on every filter change.
 */
import type { Dataset, Edition, Metric, Observation, Office, Source, Wording } from '../data/types';
import type { SuppressionModel } from './suppression';

export interface DatasetIndex {
  dataset: Dataset;
  /** Editions in the order they ran (by number). */
  editions: Edition[];
  editionById: ReadonlyMap<string, Edition>;
  metricById: ReadonlyMap<string, Metric>;
  officeById: ReadonlyMap<string, Office>;
  sourceById: ReadonlyMap<string, Source>;
  observation: (editionId: string, place: string, metricId: string) => Observation | undefined;
  wording: (editionId: string, metricId: string) => Wording | undefined;
  /** First and last year on the time axis, gaps included. */
  yearRange: readonly [number, number];
  /**
   * Release mode's suppressed model, when it is on (releaseIndex): every value built from this index
   * (shownAt) and every comparison (compareWithPrevious) then reads it, so no view can forget it.
   */
  suppression?: SuppressionModel;
}

const key = (...parts: string[]): string => parts.join('\u0000');
const cache = new WeakMap<Dataset, DatasetIndex>();

export function indexDataset(dataset: Dataset): DatasetIndex {
  const cached = cache.get(dataset);
  if (cached) return cached;

  const observations = new Map<string, Observation>();
  for (const o of dataset.observations) observations.set(key(o.editionId, o.place, o.metricId), o);
  const wordings = new Map<string, Wording>();
  for (const w of dataset.wording) wordings.set(key(w.editionId, w.metricId), w);

  const years = [...dataset.editions.map((e) => e.year), ...dataset.gaps.map((g) => g.year)];
  const index: DatasetIndex = {
    dataset,
    editions: [...dataset.editions].sort((a, b) => a.number - b.number),
    editionById: new Map(dataset.editions.map((e) => [e.id, e])),
    metricById: new Map(dataset.metrics.map((m) => [m.id, m])),
    officeById: new Map(dataset.offices.map((o) => [o.id, o])),
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    observation: (editionId, place, metricId) => observations.get(key(editionId, place, metricId)),
    wording: (editionId, metricId) => wordings.get(key(editionId, metricId)),
    yearRange: years.length ? [Math.min(...years), Math.max(...years)] : [0, 0],
  };
  cache.set(dataset, index);
  return index;
}

const released = new WeakMap<DatasetIndex, WeakMap<SuppressionModel, DatasetIndex>>();

/**
 * The index as release mode shows it: the same lookups, carrying the suppressed model. Memoised per
 * index and model (the model itself per dataset and K), so a panel memoised on the index stays put.
 */
export function releaseIndex(index: DatasetIndex, suppression: SuppressionModel | undefined): DatasetIndex {
  if (!suppression) return index;
  const models = released.get(index) ?? new WeakMap<SuppressionModel, DatasetIndex>();
  released.set(index, models);
  const cached = models.get(suppression);
  if (cached) return cached;
  const withModel: DatasetIndex = { ...index, suppression };
  models.set(suppression, withModel);
  return withModel;
}
