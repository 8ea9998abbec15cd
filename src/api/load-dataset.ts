/**
 * Fetches one data package (manifest, then every table in parallel) and validates it whole at the
 * boundary: a package with any problem is rejected with every problem listed, never half-loaded.
 */
import { parseCatalogue, parseManifest } from '../data/manifest';
import { parsePackage } from '../data/package-parse';
import type { Catalogue, CatalogueEntry, Dataset, ResourceName } from '../data/types';
import { DataPackageError } from '../data/validation-error';
import { dataUrl } from './base-url';
import { fetchText } from './http-error';

export async function loadCatalogue(base: string, signal?: AbortSignal): Promise<Catalogue> {
  const url = dataUrl('catalogue.json', base);
  const parsed = parseCatalogue(await fetchText(url, signal));
  if (!parsed.ok) throw new DataPackageError(parsed.issues, url);
  return parsed.catalogue;
}

export async function loadDataset(
  base: string,
  entry: CatalogueEntry,
  signal?: AbortSignal,
): Promise<Dataset> {
  const manifestUrl = dataUrl(entry.path, base);
  const manifest = parseManifest(await fetchText(manifestUrl, signal));
  if (!manifest.ok) throw new DataPackageError(manifest.issues, manifestUrl);

  const tables = await Promise.all(
    manifest.manifest.resources.map(
      async (resource) =>
        [resource.name, await fetchText(new URL(resource.path, manifestUrl).href, signal)] as [
          ResourceName,
          string,
        ],
    ),
  );
  const parsed = parsePackage(manifest.manifest, Object.fromEntries(tables));
  if (!parsed.ok) throw new DataPackageError(parsed.issues, manifestUrl);
  return parsed.dataset;
}
