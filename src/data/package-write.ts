/**
 * Writes a Dataset as a data package: `datapackage.json` plus one CSV per resource.
 * The published package (scripts/derive-published.ts), the sample generator and the mocks all write
 * through this one function, so every package has the same columns in the same order.
 */
import { writeCsv } from './csv';
import type { Dataset, Manifest, ManifestResource, ResourceName } from './types';
import { RESOURCE_NAMES } from './types';

const list = (values: readonly string[]): string => values.join(';');
const optional = (value: string | null): string => value ?? '';

export const TABLE_COLUMNS: Record<ResourceName, readonly string[]> = {
  editions: ['id', 'number', 'year', 'start_date', 'end_date', 'announced_date', 'source_ids', 'note'],
  gaps: ['year', 'kind', 'source_ids', 'note'],
  offices: ['id', 'name', 'city', 'state', 'lat', 'lon', 'territory_states'],
  metrics: ['id', 'label', 'short_label', 'kind', 'description'],
  wording: ['edition', 'metric', 'wording', 'comparability_group', 'source_ids'],
  observations: ['edition', 'place', 'metric', 'value', 'qualifier', 'origin', 'source_ids', 'note'],
  sources: ['id', 'outlet', 'date', 'url', 'summary'],
};

function tableRows(dataset: Dataset, name: ResourceName): string[][] {
  switch (name) {
    case 'editions':
      return dataset.editions.map((e) => [
        e.id,
        String(e.number),
        String(e.year),
        optional(e.startDate),
        optional(e.endDate),
        optional(e.announcedDate),
        list(e.sourceIds),
        e.note,
      ]);
    case 'gaps':
      return dataset.gaps.map((g) => [String(g.year), g.kind, list(g.sourceIds), g.note]);
    case 'offices':
      return dataset.offices.map((o) => [
        o.id,
        o.name,
        o.city,
        o.state,
        String(o.lat),
        String(o.lon),
        list(o.territoryStates),
      ]);
    case 'metrics':
      return dataset.metrics.map((m) => [m.id, m.label, m.shortLabel, m.kind, m.description]);
    case 'wording':
      return dataset.wording.map((w) => [
        w.editionId,
        w.metricId,
        w.wording,
        w.comparabilityGroup,
        list(w.sourceIds),
      ]);
    case 'observations':
      return dataset.observations.map((o) => [
        o.editionId,
        o.place,
        o.metricId,
        o.value === null ? '' : String(o.value),
        o.qualifier ?? '',
        o.origin,
        list(o.sourceIds),
        o.note,
      ]);
    case 'sources':
      return dataset.sources.map((s) => [s.id, s.outlet, s.date, s.url, s.summary]);
  }
}

export function resourcesFor(): ManifestResource[] {
  return RESOURCE_NAMES.map((name) => ({
    name,
    path: `${name}.csv`,
    format: 'csv',
    mediatype: 'text/csv',
  }));
}

export function writeManifest(manifest: Manifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}

/** File path (relative to the package folder) → file text. */
export function writePackage(dataset: Dataset): Record<string, string> {
  const files: Record<string, string> = { 'datapackage.json': writeManifest(dataset.manifest) };
  for (const resource of dataset.manifest.resources) {
    files[resource.path] = writeCsv(TABLE_COLUMNS[resource.name], tableRows(dataset, resource.name));
  }
  return files;
}
