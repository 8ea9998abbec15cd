/**
 * The packages the mocks serve, keyed by dataset id, each as file name → text. The sample is generated
 * on first use and then kept: generation loads and validates the whole published package, which is
 * work a test file or a page should pay for at most once.
 */
import { MANIFEST_FILE } from '../src/data/load-package';
import { buildCatalogue, PUBLISHED_ID, SAMPLE_ID } from './catalogue';
import { publishedFiles } from './published-files';
import { buildSamplePackage } from './sample/sample-package';
import type { Catalogue } from '../src/data/types';

export type PackageFiles = Readonly<Record<string, string>>;

let sample: PackageFiles | undefined;

export function samplePackageFiles(): PackageFiles {
  sample ??= buildSamplePackage({ ...publishedFiles });
  return sample;
}

/** The files of a package the mocks know, or undefined for an unknown dataset id. */
export function packageFiles(datasetId: string): PackageFiles | undefined {
  if (datasetId === PUBLISHED_ID) return publishedFiles;
  if (datasetId === SAMPLE_ID) return samplePackageFiles();
  return undefined;
}

export function mockCatalogue(): Catalogue {
  const manifest = (files: PackageFiles): string => files[MANIFEST_FILE] ?? '{}';
  return buildCatalogue([manifest(publishedFiles), manifest(samplePackageFiles())]);
}
