/**
 * What an imported file is checked against: the editions, gaps, offices and metrics of the published
 * package, and every name they may be written as. Built once per reference dataset (the CLI loads
 * public/data/published; issue 13 passes the published dataset the app has loaded).
 */
import { NATIONAL } from '../data/types';
import type { Dataset, Edition, Metric, Office, YearGap } from '../data/types';
import { KEY_COLUMN_ALIASES, METRIC_ALIASES, OFFICE_ALIASES, simplify } from './aliases';

export type KeyColumn = keyof typeof KEY_COLUMN_ALIASES;

export interface MetricName {
  metricId: string;
  /** An id or its snake case is canonical; a label or an alias earns a notice saying how it was read. */
  match: 'id' | 'label' | 'alias';
}

export interface ImportReference {
  dataset: Dataset;
  editions: readonly Edition[];
  editionById: ReadonlyMap<string, Edition>;
  editionsByYear: ReadonlyMap<number, readonly Edition[]>;
  gapByYear: ReadonlyMap<number, YearGap>;
  offices: readonly Office[];
  officeById: ReadonlyMap<string, Office>;
  /** Simplified office spelling (id, name, city, alias) → office id. */
  officeByName: ReadonlyMap<string, string>;
  metrics: readonly Metric[];
  metricById: ReadonlyMap<string, Metric>;
  /** Simplified header → metric. */
  metricByName: ReadonlyMap<string, MetricName>;
  keyColumnByName: ReadonlyMap<string, KeyColumn>;
  /** The largest figure the releases published per metric: above it, an office value is implausible. */
  largestPublished: ReadonlyMap<string, { value: number; editionId: string }>;
}

/** Adds a name, refusing one that would mean two things: the alias tables must never be ambiguous. */
function addName<T>(names: Map<string, T>, name: string, meaning: T, same: (a: T, b: T) => boolean): void {
  const key = simplify(name);
  const existing = names.get(key);
  if (existing !== undefined && !same(existing, meaning)) throw new Error(`import alias "${key}" has two meanings`);
  if (existing === undefined) names.set(key, meaning);
}

function officeNames(offices: readonly Office[]): Map<string, string> {
  const names = new Map<string, string>();
  const same = (a: string, b: string): boolean => a === b;
  for (const office of offices) {
    addName(names, office.id, office.id, same);
    addName(names, office.city, office.id, same);
    // "FBI San Juan" is found as "san juan" once the prefix is stripped; keep the full name too.
    addName(names, office.name, office.id, same);
    for (const alias of OFFICE_ALIASES[office.id] ?? []) addName(names, alias, office.id, same);
  }
  return names;
}

function metricNames(metrics: readonly Metric[]): Map<string, MetricName> {
  const names = new Map<string, MetricName>();
  const same = (a: MetricName, b: MetricName): boolean => a.metricId === b.metricId;
  // Ids first, so a label equal to an id keeps the canonical match.
  for (const metric of metrics) addName(names, metric.id, { metricId: metric.id, match: 'id' }, same);
  for (const metric of metrics) {
    addName(names, metric.label, { metricId: metric.id, match: 'label' }, same);
    addName(names, metric.shortLabel, { metricId: metric.id, match: 'label' }, same);
    for (const alias of METRIC_ALIASES[metric.id] ?? []) addName(names, alias, { metricId: metric.id, match: 'alias' }, same);
  }
  return names;
}

function keyColumnNames(metricByName: ReadonlyMap<string, MetricName>): Map<string, KeyColumn> {
  const names = new Map<string, KeyColumn>();
  for (const [column, aliases] of Object.entries(KEY_COLUMN_ALIASES) as [KeyColumn, readonly string[]][]) {
    for (const alias of aliases) {
      const key = simplify(alias);
      if (metricByName.has(key)) throw new Error(`import alias "${key}" names both a key column and a metric`);
      names.set(key, column);
    }
  }
  return names;
}

/**
 * The largest figure published per metric: nationally, or at any office for a metric with no national
 * figure (other arrests). An office value above it is implausible (a warning, never an error).
 */
function largestPublished(dataset: Dataset): Map<string, { value: number; editionId: string }> {
  const national = new Map<string, { value: number; editionId: string }>();
  const anywhere = new Map<string, { value: number; editionId: string }>();
  for (const o of dataset.observations) {
    if (o.value === null || o.origin !== 'published') continue;
    for (const largest of o.place === NATIONAL ? [national, anywhere] : [anywhere]) {
      const found = largest.get(o.metricId);
      if (found === undefined || o.value > found.value) largest.set(o.metricId, { value: o.value, editionId: o.editionId });
    }
  }
  for (const [metricId, found] of anywhere) if (!national.has(metricId)) national.set(metricId, found);
  return national;
}

const cache = new WeakMap<Dataset, ImportReference>();

export function importReference(dataset: Dataset): ImportReference {
  const cached = cache.get(dataset);
  if (cached !== undefined) return cached;
  const editionsByYear = new Map<number, Edition[]>();
  const editions = [...dataset.editions].sort((a, b) => a.number - b.number);
  for (const edition of editions) editionsByYear.set(edition.year, [...(editionsByYear.get(edition.year) ?? []), edition]);
  const metricByName = metricNames(dataset.metrics);
  const reference: ImportReference = {
    dataset,
    editions,
    editionById: new Map(editions.map((e) => [e.id, e])),
    editionsByYear,
    gapByYear: new Map(dataset.gaps.map((g) => [g.year, g])),
    offices: dataset.offices,
    officeById: new Map(dataset.offices.map((o) => [o.id, o])),
    officeByName: officeNames(dataset.offices),
    metrics: dataset.metrics,
    metricById: new Map(dataset.metrics.map((m) => [m.id, m])),
    metricByName,
    keyColumnByName: keyColumnNames(metricByName),
    largestPublished: largestPublished(dataset),
  };
  cache.set(dataset, reference);
  return reference;
}
