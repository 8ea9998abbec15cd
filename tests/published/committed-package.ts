/**
 * Reads the committed published package, and the source files it was derived from, from disk.
 * The tests check these files, not a fresh derivation, because the files are what the app serves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPackageFromFiles } from '../../src/data/load-package';
import type { Dataset } from '../../src/data/types';

export const PACKAGE_DIR = fileURLToPath(new URL('../../public/data/published/', import.meta.url));
export const SOURCE_DIR = fileURLToPath(new URL('../../scripts/published-source/', import.meta.url));

export function readCommittedFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(PACKAGE_DIR).map((name) => [name, readFileSync(PACKAGE_DIR + name, 'utf8')]),
  );
}

export function readSourceFile(name: string): string {
  return readFileSync(SOURCE_DIR + name, 'utf8');
}

/** The committed package through the app's own loader; fails the test with every issue if invalid. */
export function loadCommittedDataset(): Dataset {
  const result = loadPackageFromFiles(readCommittedFiles());
  if (!result.ok) {
    const lines = result.issues.map((i) => `${i.file}:${String(i.line)}:${String(i.column)} ${i.message}`);
    throw new Error(`the committed package does not load:\n${lines.join('\n')}`);
  }
  return result.dataset;
}
