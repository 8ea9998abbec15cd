/**
 * The published dataset for component tests (jsdom): read through the mocks' bundled copy of the
 * package, because jsdom's URL breaks the file-path helper the node-environment tests use.
 */
import { publishedFiles } from '../../../mocks/published-files';
import { loadPackageFromFiles } from '../../../src/data/load-package';
import { indexDataset } from '../../../src/domain/dataset-index';
import type { DatasetIndex } from '../../../src/domain/dataset-index';

export function publishedIndex(): DatasetIndex {
  const result = loadPackageFromFiles({ ...publishedFiles });
  if (!result.ok) throw new Error(`the published package does not load: ${result.issues.length} issues`);
  return indexDataset(result.dataset);
}
