/**
 * Loads a package held in memory as file texts (tests, the mocks, build scripts): the manifest from
 * `datapackage.json`, each table from the path the manifest gives it.
 */
import { parseManifest } from './manifest';
import { parsePackage } from './package-parse';
import type { PackageParseResult, ResourceName } from './types';

export const MANIFEST_FILE = 'datapackage.json';

export function loadPackageFromFiles(files: Record<string, string>): PackageParseResult {
  const manifestText = files[MANIFEST_FILE];
  if (manifestText === undefined) {
    return { ok: false, issues: [{ file: MANIFEST_FILE, line: null, column: null, message: 'the manifest is missing from the package' }] };
  }
  const manifest = parseManifest(manifestText);
  if (!manifest.ok) return manifest;
  const tables: Partial<Record<ResourceName, string>> = {};
  for (const resource of manifest.manifest.resources) {
    const text = files[resource.path];
    if (text !== undefined) tables[resource.name] = text;
  }
  return parsePackage(manifest.manifest, tables);
}
