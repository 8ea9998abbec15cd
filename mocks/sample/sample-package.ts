/**
 * The sample package as files, built from the published package's files. Shared by the MSW handlers
 * (in memory, in the browser and in tests) and the Vite plugin (at build time, in Node), so the sample
 * the app sees is the same wherever it comes from.
 */
import { loadPackageFromFiles } from '../../src/data/load-package';
import { writePackage } from '../../src/data/package-write';
import type { Dataset } from '../../src/data/types';
import { generateSampleDataset, type SampleOptions } from './generate-sample';

/**
 * Loads package files with the app's own loader and throws when they do not load: the mocks and the
 * build start from known-good files, so a broken one is a bug to stop on, not a state to show.
 */
export function loadValidPackage(files: Record<string, string>, label: string): Dataset {
  const result = loadPackageFromFiles(files);
  if (!result.ok) {
    const first = result.issues
      .slice(0, 5)
      .map((issue) => `${issue.file}${issue.line === null ? '' : `:${issue.line}`} ${issue.column ?? ''} ${issue.message}`)
      .join('\n');
    throw new Error(`The ${label} package does not load (${result.issues.length} issues):\n${first}`);
  }
  return result.dataset;
}

/** File path (relative to the package folder) → file text, as writePackage gives it. */
export function buildSamplePackage(
  publishedFiles: Record<string, string>,
  options: SampleOptions = {},
): Record<string, string> {
  return writePackage(generateSampleDataset(loadValidPackage(publishedFiles, 'published'), options));
}
