/**
 * Loads the catalogue and a dataset. A file this build validated and hashed (verified-data.ts) is read
 * as is once its bytes hash to the record: one request for a whole dataset, and no parsing or checking
 * of tables the build already checked. Anything else goes through the validating loader, a chunk of
 * its own fetched only then (validating-loader.ts), so the first view's JS carries no validator.
 */
import type { Catalogue, CatalogueEntry, Dataset } from '../data/types';
import { isLocalDatasetId } from '../domain/your-data';
import { CATALOGUE_PATH, dataUrl } from './base-url';
import { fetchBytes } from './http-error';
import { loadLocalDataset } from './local-datasets';
import { VERIFIED, verifiedBundle, verifiedJson } from './verified-data';

const validatingLoader = () => import('./validating-loader');

export async function loadCatalogue(base: string, signal?: AbortSignal): Promise<Catalogue> {
  const url = dataUrl(CATALOGUE_PATH, base);
  const bytes = await fetchBytes(url, signal);
  const verified = await verifiedJson<Catalogue>(bytes, VERIFIED.catalogue);
  if (verified) return verified;
  return (await validatingLoader()).validateCatalogue(bytes, url);
}

export async function loadDataset(base: string, entry: CatalogueEntry, signal?: AbortSignal): Promise<Dataset> {
  // An analyst's dataset kept in this browser: read from its storage, never requested from the host.
  if (isLocalDatasetId(entry.id)) return loadLocalDataset(entry);
  const bundle = verifiedBundle(entry);
  if (bundle) {
    // A bundle that is missing, unreadable or not the one validated is no error: the package is validated instead.
    const bytes = await fetchBytes(dataUrl(bundle.bundle, base), signal).catch(() => null);
    const verified = bytes ? await verifiedJson<Dataset>(bytes, bundle.sha256) : null;
    if (verified) return verified;
  }
  return (await validatingLoader()).validatedDataset(base, entry, signal);
}
