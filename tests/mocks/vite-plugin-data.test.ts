/** What the Vite plugin adds to the build and the dev server, generated from the published folder. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedDataFiles } from '../../scripts/vite-plugin-data';
import { loadPackageFromFiles } from '../../src/data/load-package';
import type { Catalogue } from '../../src/data/types';

// A string, not `new URL(...)`: jsdom's URL class is not the one node:url accepts.
const publishedDir = join(dirname(fileURLToPath(import.meta.url)), '../../public/data/published');

describe('generatedDataFiles', () => {
  const files = generatedDataFiles(publishedDir);

  it('holds the catalogue and the sample package, and nothing of the published one', () => {
    expect([...files.keys()].sort()).toEqual([
      'catalogue.json',
      'sample/datapackage.json',
      'sample/editions.csv',
      'sample/gaps.csv',
      'sample/metrics.csv',
      'sample/observations.csv',
      'sample/offices.csv',
      'sample/sources.csv',
      'sample/wording.csv',
    ]);
    const catalogue = JSON.parse(files.get('catalogue.json') ?? '') as Catalogue;
    expect(catalogue.datasets.map((d) => [d.id, d.kind, d.path])).toEqual([
      ['published', 'published', 'published/datapackage.json'],
      ['sample', 'sample', 'sample/datapackage.json'],
    ]);
  });

  it('writes a sample package that the loader accepts', () => {
    const sampleFiles = Object.fromEntries(
      [...files].filter(([path]) => path.startsWith('sample/')).map(([path, text]) => [path.slice('sample/'.length), text]),
    );
    const result = loadPackageFromFiles(sampleFiles);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.dataset.observations.some((o) => o.origin === 'synthetic')).toBe(true);
  });

  it('fails loudly when the published folder is missing', () => {
    expect(() => generatedDataFiles('/nonexistent/published')).toThrow(/does not exist/);
  });
});
