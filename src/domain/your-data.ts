/**
 * The "YOUR DATA — not published" mark (docs/DESIGN.md §11): an analyst's own figures are neither
 * published nor synthetic, so every place that shows or exports them says whose they are — the file's
 * name, the date it was loaded, and that the FBI did not publish them. One wording for the page, the
 * images, the CSV notes, the READMEs and the file names, so none of them can drift.
 */
import type { Manifest } from '../data/types';

export const YOUR_DATA_MARK = 'YOUR DATA — not published';

/** Datasets kept in this browser (IndexedDB) are named `local-…` in the URL; nothing else is. */
export const LOCAL_DATASET_PREFIX = 'local-';

export function isLocalDatasetId(id: string): boolean {
  return id.startsWith(LOCAL_DATASET_PREFIX);
}

/** True for an analyst's own figures, whether kept in this browser or put on the data host as a package. */
export function isYourData(manifest: Pick<Manifest, 'kind'>): boolean {
  return manifest.kind === 'imported';
}

/**
 * The sentence every export carries: "YOUR DATA — not published: figures from the file
 * denver-results.xlsx, loaded 4 Dec 2026; not published by the FBI." The manifest's title is the file's
 * name and load date (src/import/imported-dataset.ts writes it), so the sentence names both.
 */
export function yourDataNote(manifest: Pick<Manifest, 'kind' | 'title'>): string | null {
  if (!isYourData(manifest)) return null;
  return `${YOUR_DATA_MARK}: figures from the file ${manifest.title}; not published by the FBI.`;
}

/** The words after the mark on screen: "figures from denver-results.xlsx, loaded 4 Dec 2026; not published by the FBI". */
export function yourDataDetail(manifest: Pick<Manifest, 'title'>): string {
  return `figures from ${manifest.title}; not published by the FBI`;
}

/** At most this many characters of the file's name in an export's file name, so the rest of the name survives the length cap. */
const MAX_NAME_PART = 24;

/**
 * The dataset part of an export's file name. Published and sample data go by their id; an analyst's
 * data by "your-data", the file's name and the load date, so a file on a shared drive says whose
 * figures it holds: `your-data-denver-results-loaded-2026-12-04`.
 */
export function datasetFileTag(manifest: Pick<Manifest, 'id' | 'kind' | 'title' | 'asOf'>): string {
  if (!isYourData(manifest)) return manifest.id;
  const fileName = manifest.title.replace(/, loaded .*$/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const name = fileName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME_PART)
    .replace(/-+$/, '');
  return ['your-data', name, `loaded-${manifest.asOf}`].filter((part) => part !== '').join('-');
}
