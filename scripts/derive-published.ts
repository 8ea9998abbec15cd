/**
 * Writes the published data package (public/data/published/) from the compiled figures in
 * scripts/published-source/. Run after editing those files:
 *
 *   node_modules/.bin/tsx scripts/derive-published.ts
 *
 * tests/published checks that the committed package equals a fresh derivation, so the package is
 * never edited by hand.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writePackage } from '../src/data/package-write';
import type { PublishedSourceText } from './published/derive-dataset';
import { derivePublishedDataset } from './published/derive-dataset';

/** The day this package was compiled from the shared figures (not the day the script runs). */
export const PUBLISHED_AS_OF = '2026-11-28';

export const SOURCE_DIR = fileURLToPath(new URL('./published-source/', import.meta.url));
export const PACKAGE_DIR = fileURLToPath(new URL('../public/data/published/', import.meta.url));

export function readPublishedSource(dir: string = SOURCE_DIR): PublishedSourceText {
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  return {
    national: read('occ-national.csv'),
    officeReported: read('occ-field-office-reported.csv'),
    offices: read('field-offices.csv'),
    sourcesMd: read('SOURCES.md'),
  };
}

/** File name → text of the package, exactly as the script writes it. */
export function publishedPackageFiles(dir: string = SOURCE_DIR): Record<string, string> {
  return writePackage(derivePublishedDataset(readPublishedSource(dir), PUBLISHED_AS_OF));
}

function main(): void {
  const files = publishedPackageFiles();
  mkdirSync(PACKAGE_DIR, { recursive: true });
  // A resource dropped from the format must not linger as a stale file next to the new ones.
  for (const name of readdirSync(PACKAGE_DIR)) {
    if (!(name in files)) rmSync(join(PACKAGE_DIR, name));
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(PACKAGE_DIR, name), text, 'utf8');
  console.log(`wrote ${Object.keys(files).length} files to ${PACKAGE_DIR}`);
}

// Run only as a script: the test imports this module to compare the committed package with a fresh one.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
