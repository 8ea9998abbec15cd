/**
 * The data URL space (docs/DESIGN.md §2), shared by the MSW handlers and the Vite plugin:
 *
 *   {base}/catalogue.json              which packages exist
 *   {base}/{id}/datapackage.json       a package's manifest
 *   {base}/{id}/{resource}.csv         its tables, relative to the manifest
 *
 * Plain files under plain paths, so a static host serves the same space without server logic.
 */
import { MANIFEST_FILE } from '../src/data/load-package';
import type { Catalogue, Manifest } from '../src/data/types';

export const PUBLISHED_ID = 'published';
export const SAMPLE_ID = 'sample';
export const CATALOGUE_FILE = 'catalogue.json';

/** Builds the catalogue from the manifests of the packages on offer, in the order given. */
export function buildCatalogue(manifestTexts: readonly string[]): Catalogue {
  return {
    datasets: manifestTexts.map((text) => {
      const manifest = JSON.parse(text) as Manifest;
      return { id: manifest.id, title: manifest.title, kind: manifest.kind, path: `${manifest.id}/${MANIFEST_FILE}` };
    }),
  };
}

export function writeCatalogue(catalogue: Catalogue): string {
  return JSON.stringify(catalogue, null, 2) + '\n';
}
