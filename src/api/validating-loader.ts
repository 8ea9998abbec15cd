/**
 * The validating loader in the browser, a chunk of its own (load-dataset.ts imports it only when a
 * file is not one this build verified): fetches one data package (manifest, then every table in
 * parallel) and validates it whole at the boundary, so a package with any problem is rejected with
 * every problem listed, never half-loaded. Files are fetched as bytes and decoded strictly, so a file
 * that is not UTF-8 is an issue with its byte and line rather than text with replacement characters.
 */
import { decodeText } from '../data/decode-text';
import { parseCatalogue, parseManifest } from '../data/manifest';
import { MANIFEST_FILE } from '../data/load-package';
import { parsePackage } from '../data/package-parse';
import type { Catalogue, CatalogueEntry, Dataset, ResourceName } from '../data/types';
import { DataPackageError } from '../data/validation-error';
import { dataUrl } from './base-url';
import { fetchBytes } from './http-error';

const CATALOGUE_FILE = 'catalogue.json';

/** Fetches and decodes one JSON file; a file that is not UTF-8 text rejects the request. */
async function fetchJsonText(url: string, file: string, signal?: AbortSignal): Promise<string> {
  const decoded = decodeText(await fetchBytes(url, signal), file);
  if (!decoded.ok) throw new DataPackageError([decoded.issue], url);
  return decoded.text;
}

/** The catalogue's bytes, as fetched, read and checked. */
export function validateCatalogue(bytes: Uint8Array, url: string): Catalogue {
  const decoded = decodeText(bytes, CATALOGUE_FILE);
  if (!decoded.ok) throw new DataPackageError([decoded.issue], url);
  const parsed = parseCatalogue(decoded.text, CATALOGUE_FILE);
  if (!parsed.ok) throw new DataPackageError(parsed.issues, url);
  return parsed.catalogue;
}

export async function validatedDataset(
  base: string,
  entry: CatalogueEntry,
  signal?: AbortSignal,
): Promise<Dataset> {
  const manifestUrl = dataUrl(entry.path, base);
  const manifest = parseManifest(await fetchJsonText(manifestUrl, MANIFEST_FILE, signal), MANIFEST_FILE);
  if (!manifest.ok) throw new DataPackageError(manifest.issues, manifestUrl);

  const tables = await Promise.all(
    manifest.manifest.resources.map(
      async (resource) =>
        [resource.name, await fetchBytes(new URL(resource.path, manifestUrl).href, signal)] as [ResourceName, Uint8Array],
    ),
  );
  const parsed = parsePackage(manifest.manifest, Object.fromEntries(tables));
  if (!parsed.ok) throw new DataPackageError(parsed.issues, manifestUrl);
  return parsed.dataset;
}
