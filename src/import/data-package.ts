/**
 * An accepted file as a data package for the data host (`VITE_DATA_URL`): the app's own format
 * (datapackage.json and the seven CSVs, written by the one package writer) in a folder, with the
 * catalogue entry that lists it and a README that says whose figures they are. The CLI's `--out` and
 * the browser's "Download as data package" both build it here.
 */
import { writePackage } from '../data/package-write';
import type { CatalogueEntry, Dataset } from '../data/types';
import { isLocalDatasetId, LOCAL_DATASET_PREFIX, yourDataNote } from '../domain/your-data';

export interface HostPackage {
  /** The folder to put beside `published/` in the data folder. */
  folder: string;
  /** Path inside the folder → file text. */
  files: Record<string, string>;
  /** What to add to `catalogue.json`'s `datasets`. */
  catalogueEntry: CatalogueEntry;
}

export const PACKAGE_README = 'README.txt';

/**
 * A dataset kept in a browser is `local-…`; on the host it is everyone's, so the prefix goes (the app
 * reads `local-` ids from the browser's own storage, never from the host).
 */
export function hostDatasetId(id: string): string {
  return isLocalDatasetId(id) ? id.slice(LOCAL_DATASET_PREFIX.length) : id;
}

export function catalogueEntryFor(dataset: Dataset, folder: string): CatalogueEntry {
  const { manifest } = dataset;
  return { id: manifest.id, title: manifest.title, kind: manifest.kind, path: `${folder}/datapackage.json` };
}

function readme(dataset: Dataset, entry: CatalogueEntry): string {
  const { manifest } = dataset;
  return [
    `Cross Country Outcomes data package: ${manifest.title}`,
    '',
    yourDataNote(manifest) ?? manifest.description,
    '',
    manifest.description,
    '',
    'Files',
    '  datapackage.json  the manifest (id, title, kind, version, as-of date, the tables)',
    ...manifest.resources.map((resource) => `  ${resource.path}`),
    `  ${PACKAGE_README}  this file`,
    '',
    'To show it to everyone who uses the dashboard',
    `1. Put the folder "${entry.path.replace(/\/datapackage\.json$/, '')}" in the data folder the app reads (its data/ folder, or VITE_DATA_URL), beside published/.`,
    '2. Add this entry to the "datasets" list of catalogue.json in that folder:',
    `   ${JSON.stringify(entry)}`,
    `3. Open the dashboard with ?dataset=${entry.id}. Every view and export of it keeps the mark "YOUR DATA — not published".`,
    '',
    'The CSV tables are UTF-8, comma-separated (RFC 4180). A blank value means not reported; it is never zero.',
    '',
  ].join('\r\n');
}

/** `folder` defaults to the dataset's id on the host (the CLI passes the `--out` folder's name). */
export function hostPackage(dataset: Dataset, folder = hostDatasetId(dataset.manifest.id)): HostPackage {
  const id = hostDatasetId(dataset.manifest.id);
  const hosted: Dataset = { ...dataset, manifest: { ...dataset.manifest, id } };
  const entry = catalogueEntryFor(hosted, folder);
  return { folder, files: { ...writePackage(hosted), [PACKAGE_README]: readme(hosted, entry) }, catalogueEntry: entry };
}
