/**
 * An analyst's dataset entering and leaving the page: the query cache learns of it first (so every
 * panel draws it at once, whatever storage says), then the browser's storage keeps it. Loaded only
 * with the import code, never in the first view.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { CatalogueEntry, Dataset } from '../data/types';
import { dataBaseUrl } from './base-url';
import { localDatasetsQuery } from './local-datasets';
import { catalogueQuery, datasetQuery } from './queries';

const localStore = () => import('./local-store');

/** How a kept dataset is listed under "Your data". */
export function localEntry(dataset: Dataset): CatalogueEntry {
  const { manifest } = dataset;
  return { id: manifest.id, title: manifest.title, kind: 'imported', path: '' };
}

/** Puts the dataset in the query cache and the "Your data" list: it can be shown at once. */
export function showLocalDataset(client: QueryClient, dataset: Dataset): CatalogueEntry {
  const entry = localEntry(dataset);
  client.setQueryData(datasetQuery(dataBaseUrl(), entry).queryKey, dataset);
  client.setQueryData(localDatasetsQuery().queryKey, (list: CatalogueEntry[] = []) => [entry, ...list.filter((item) => item.id !== entry.id)]);
  return entry;
}

/** Keeps it in the browser's storage; the outcome says whether it will survive a reload. */
export async function keepLocalDataset(entry: CatalogueEntry, dataset: Dataset) {
  return (await localStore()).keepLocalDataset(entry, dataset);
}

/** Removes it from storage, the list and the cache (call after the page has switched away from it). */
export async function removeLocalDataset(client: QueryClient, entry: CatalogueEntry): Promise<void> {
  await (await localStore()).removeLocalDataset(entry.id);
  client.setQueryData(localDatasetsQuery().queryKey, (list: CatalogueEntry[] = []) => list.filter((item) => item.id !== entry.id));
  client.removeQueries({ queryKey: datasetQuery(dataBaseUrl(), entry).queryKey, exact: true });
}

/**
 * The published dataset, the reference an analyst's file is checked against (its editions, offices
 * and metrics): from the cache when the page has shown it, else loaded like any dataset.
 */
export async function publishedReference(client: QueryClient): Promise<Dataset> {
  const base = dataBaseUrl();
  const catalogue = await client.query(catalogueQuery(base));
  const entry = catalogue.datasets.find((item) => item.id === 'published') ?? catalogue.datasets.find((item) => item.kind === 'published');
  if (entry === undefined) throw new Error('the data host lists no published dataset to check the file against');
  return client.query(datasetQuery(base, entry));
}
