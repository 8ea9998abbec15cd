// @vitest-environment node
/**
 * The layering lint must catch what it promises: a config whose patterns match no file passes
 * silently. Probe imports are linted against eslint.layers.js alone (no type information needed),
 * from virtual files in each layer to a real module of another, found on disk so a moved file
 * does not break the test.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The import specifier from `fromFile` to the first module in `folder` (both from the root). */
function moduleIn(folder: string, fromFile: string): string {
  const file = readdirSync(join(root, folder)).find((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'));
  if (file === undefined) throw new Error(`no module in ${folder}`);
  const specifier = relative(join(root, fromFile, '..'), join(root, folder, file.replace(/\.tsx?$/, '')));
  return specifier.startsWith('.') ? specifier : `./${specifier}`;
}

const [feature, otherFeature] = readdirSync(join(root, 'src/features')).sort();

async function lintProbe(fromFile: string, code: string): Promise<string[]> {
  const { layersConfig } = (await import(pathToFileURL(join(root, 'eslint.layers.js')).href)) as {
    layersConfig: Linter.Config;
  };
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, layersConfig],
  });
  const [result] = await eslint.lintText(code, { filePath: join(root, fromFile) });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

const importFrom = (fromFile: string, folder: string) => `import '${moduleIn(folder, fromFile)}';`;

describe('layering lint (eslint.layers.js)', () => {
  const featureFile = `src/features/${feature ?? ''}/probe.ts`;

  it.each([
    ['a feature, the shared layers', featureFile, 'src/domain'],
    ['a feature, its own folder', featureFile, `src/features/${feature ?? ''}`],
    ['app, a feature', 'src/app/probe.ts', `src/features/${otherFeature ?? ''}`],
    ['domain, data', 'src/domain/probe.ts', 'src/data'],
    ['ui, export', 'src/ui/probe.ts', 'src/export'],
    ['mocks, domain', 'mocks/probe.ts', 'src/domain'],
    ['import, data', 'src/import/probe.ts', 'src/data'],
    ['import, domain', 'src/import/probe.ts', 'src/domain'],
    ['a feature, import', featureFile, 'src/import'],
    ['app, import', 'src/app/probe.ts', 'src/import'],
    ['api, import', 'src/api/probe.ts', 'src/import'],
    ['state, import', 'src/state/probe.ts', 'src/import'],
    ['a feature, workers', featureFile, 'src/workers'],
    ['app, workers', 'src/app/probe.ts', 'src/workers'],
    ['workers, import', 'src/workers/probe.ts', 'src/import'],
  ])('allows %s', async (_, fromFile, folder) => {
    expect(await lintProbe(fromFile, importFrom(fromFile, folder))).toEqual([]);
  });

  it.each([
    ['a feature, another feature', featureFile, `src/features/${otherFeature ?? ''}`],
    ['a feature, app', featureFile, 'src/app'],
    ['a shared layer, a feature', 'src/charts/probe.ts', `src/features/${feature ?? ''}`],
    ['a shared layer, app', 'src/state/probe.ts', 'src/app'],
    ['domain, charts', 'src/domain/probe.ts', 'src/charts'],
    ['data, domain', 'src/data/probe.ts', 'src/domain'],
    ['mocks, api', 'mocks/probe.ts', 'src/api'],
    ['src, tests', 'src/api/probe.ts', 'tests/support'],
    ['import, api', 'src/import/probe.ts', 'src/api'],
    ['import, a feature', 'src/import/probe.ts', `src/features/${feature ?? ''}`],
    ['data, import', 'src/data/probe.ts', 'src/import'],
    ['domain, import', 'src/domain/probe.ts', 'src/import'],
    ['charts, import', 'src/charts/probe.ts', 'src/import'],
    ['workers, api', 'src/workers/probe.ts', 'src/api'],
    ['api, workers', 'src/api/probe.ts', 'src/workers'],
  ])('denies %s', async (_, fromFile, folder) => {
    const messages = await lintProbe(fromFile, importFrom(fromFile, folder));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^boundaries\/dependencies: /);
  });

  it('denies a lazy import() and a re-export across the layers as well', async () => {
    const lazy = `void import('${moduleIn(`src/features/${otherFeature ?? ''}`, featureFile)}');`;
    expect(await lintProbe(featureFile, lazy)).toHaveLength(1);
    const reexport = `export * from '${moduleIn('src/app', 'src/ui/probe.ts')}';`;
    expect(await lintProbe('src/ui/probe.ts', reexport)).toHaveLength(1);
  });

  it.each(['react', 'react-dom/client', '@tanstack/react-query', 'zustand'])(
    'denies %s in domain, data, import and workers',
    async (source) => {
      for (const fromFile of ['src/domain/probe.ts', 'src/data/probe.ts', 'src/import/probe.ts', 'src/workers/probe.ts']) {
        expect(await lintProbe(fromFile, `import '${source}';`)).toEqual([
          expect.stringMatching(/no React, react-query or zustand/),
        ]);
      }
    },
  );

  it('allows other packages in data', async () => {
    expect(await lintProbe('src/data/probe.ts', "import 'd3'; import 'node:fs';")).toEqual([]);
  });
});
