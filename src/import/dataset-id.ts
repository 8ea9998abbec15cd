/**
 * Names for an accepted file's dataset. The CLI names a package after the file (`--out`); the browser
 * keeps a dataset as `local-<file>-<fingerprint>`, where the fingerprint is a hash of the file's bytes
 * and the column mapping: the same file loaded again replaces its earlier copy instead of piling up
 * copies, and no clock or random number is involved, so tests get the same id every time.
 */
import { LOCAL_DATASET_PREFIX } from '../domain/your-data';

/** Longest file-name part of an id: `local-` + 40 + `-` + 8 stays within the URL's 64-character ids. */
const MAX_SLUG = 40;

/** A dataset id from the file name: `Denver Results 2023.xlsx` → `denver-results-2023` (`imported` when nothing is left). */
export function datasetSlug(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const slug = base.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'imported' : slug.slice(0, MAX_SLUG).replace(/-+$/, '');
}

/**
 * FNV-1a, 32 bits, over the bytes and then the text: not a security measure (the data never leave the
 * browser), only a fingerprint that tells two files apart. Plain arithmetic, so it runs where
 * crypto.subtle does not (a page served over plain http from another host).
 */
export function fingerprint(bytes: Uint8Array, text = ''): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i += 1) {
    hash ^= bytes[i] ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function localDatasetId(fileName: string, print: string): string {
  return `${LOCAL_DATASET_PREFIX}${datasetSlug(fileName)}-${print}`;
}
