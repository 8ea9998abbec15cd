/**
 * Loads a package held in memory (tests, the mocks, build scripts, and the browser loader once it has
 * fetched every file): the manifest from `datapackage.json`, each table from the path the manifest
 * gives it. Files may be text or the bytes as fetched; bytes go through the one decoding step.
 */
import { decodeText } from './decode-text';
import { parseManifest } from './manifest';
import { parsePackage } from './package-parse';
import type { LoadOptions } from './package-parse';
import type { TableSource } from './table-parse';
import type { PackageParseResult, ResourceName } from './types';

export const MANIFEST_FILE = 'datapackage.json';

export function loadPackageFromFiles(files: Record<string, TableSource>, options: LoadOptions = {}): PackageParseResult {
  const manifestSource = files[MANIFEST_FILE];
  if (manifestSource === undefined) {
    return { ok: false, issues: [{ file: MANIFEST_FILE, line: null, column: null, message: 'the manifest is missing from the package' }] };
  }
  const manifestText = typeof manifestSource === 'string' ? { ok: true as const, text: manifestSource } : decodeText(manifestSource, MANIFEST_FILE);
  if (!manifestText.ok) return { ok: false, issues: [manifestText.issue] };
  const manifest = parseManifest(manifestText.text);
  if (!manifest.ok) return manifest;
  const tables: Partial<Record<ResourceName, TableSource>> = {};
  for (const resource of manifest.manifest.resources) {
    const source = files[resource.path];
    if (source !== undefined) tables[resource.name] = source;
  }
  return parsePackage(manifest.manifest, tables, options);
}
