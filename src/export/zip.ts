/**
 * A ZIP of a few small files (a CSV, its metadata, a README) built in memory with fflate. Load this
 * module with a dynamic import where it is used on a click, so fflate stays out of the first view's JS.
 */
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';

export const ZIP_MIME_TYPE = 'application/zip';

export interface ZipEntry {
  /** Path inside the archive, e.g. `README.txt`. */
  name: string;
  /** Text is stored as UTF-8 (a leading BOM, if any, is kept). */
  content: string | Uint8Array;
}

export function zipFiles(entries: readonly ZipEntry[], options: { modified?: Date } = {}): Uint8Array<ArrayBuffer> {
  const files: Zippable = {};
  for (const entry of entries) {
    if (entry.name === '' || Object.hasOwn(files, entry.name)) {
      throw new Error(`A ZIP entry needs a unique, non-empty name; got "${entry.name}" twice or empty`);
    }
    const bytes = typeof entry.content === 'string' ? strToU8(entry.content) : entry.content;
    files[entry.name] = [bytes, options.modified ? { mtime: options.modified } : {}];
  }
  // Level 6: the usual balance; these files are a few kilobytes, so speed is not the issue.
  return zipSync(files, { level: 6 });
}
