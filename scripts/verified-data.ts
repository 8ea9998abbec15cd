/**
 * The build's verified datasets (docs/DESIGN.md §8, issue 11): every package the build serves is
 * validated here by the app's one loader, then written once more as `dataset.json`, the validated
 * Dataset as JSON. The build bakes each file's SHA-256 into the app, which loads that one file instead
 * of the manifest and seven tables, and skips parsing and validating them only when the bytes it
 * fetched hash to what this build validated. Anything else (another host, a changed file, a browser
 * without Web Crypto) goes through the validating loader, as before.
 */
import { createHash } from 'node:crypto';
import { loadValidPackage } from '../mocks/sample/sample-package';
import type { VerifiedData } from '../src/api/verified-data';
import { MANIFEST_FILE } from '../src/data/load-package';

export const BUNDLE_FILE = 'dataset.json';

export interface VerifiedOutput {
  /** Data path → file text, to emit under `data/`. */
  files: Map<string, string>;
  /** What the app is told: the hashes of the catalogue and of each dataset's bundle. */
  record: VerifiedData;
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

/**
 * `packages`: dataset id → its package files (as the build serves them); `catalogueText` the
 * catalogue as served. Throws when a package does not validate: a build never ships a bad package.
 */
export function verifiedData(catalogueText: string, packages: ReadonlyMap<string, Record<string, string>>): VerifiedOutput {
  const files = new Map<string, string>();
  const record: VerifiedData = { catalogue: sha256(catalogueText), datasets: {} };
  for (const [id, packageFiles] of packages) {
    const dataset = loadValidPackage(packageFiles, id);
    const text = JSON.stringify(dataset);
    const bundle = `${id}/${BUNDLE_FILE}`;
    files.set(bundle, text);
    record.datasets[id] = { manifest: `${id}/${MANIFEST_FILE}`, bundle, sha256: sha256(text) };
  }
  return { files, record };
}
