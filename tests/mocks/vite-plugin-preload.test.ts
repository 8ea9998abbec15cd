// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { panelChunkFiles, prefetchChunkFiles, preloadPlugin } from '../../scripts/vite-plugin-preload';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], isEntry = false) =>
  ({ type: 'chunk', fileName, facadeModuleId, imports, isEntry }) as const;

describe('panelChunkFiles', () => {
  it('lists each panel chunk and what it imports, in reading order, leaving out what the entry loads already', () => {
    const bundle = {
      entry: chunk('assets/index.js', '/app/src/main.tsx', ['assets/shared.js'], true),
      shared: chunk('assets/shared.js', null, []),
      map: chunk('assets/office-map-panel.js', '/app/src/features/office-map/office-map-panel.tsx', ['assets/geo.js', 'assets/shared.js']),
      geo: chunk('assets/geo.js', null, []),
      trends: chunk('assets/trends-panel.js', '/app/src/features/trends/trends-panel.tsx', ['assets/legend.js']),
      legend: chunk('assets/legend.js', null, ['assets/shared.js']),
      tables: chunk('assets/breakdown-panel.js', '/app/src/features/breakdown/breakdown-panel.tsx', []),
      exportKit: chunk('assets/run-export.js', '/app/src/export/run-export.ts', ['assets/zip.js']),
      outlines: { type: 'asset', fileName: 'assets/state-outlines-abc.json' },
    } as const;
    expect(panelChunkFiles(bundle)).toEqual([
      'assets/trends-panel.js',
      'assets/legend.js',
      'assets/office-map-panel.js',
      'assets/geo.js',
      'assets/breakdown-panel.js',
    ]);
  });

  it('finds a panel inside a group chunk that holds several modules and has no facade', () => {
    const bundle = {
      entry: chunk('assets/index.js', '/app/src/main.tsx', [], true),
      panels: {
        ...chunk('assets/panels.js', null, ['assets/index.js']),
        moduleIds: ['/app/src/features/trends/trends-panel.tsx', '/app/src/features/office-map/office-map-panel.tsx', '/app/src/charts/legend.ts'],
      },
      exportKit: { ...chunk('assets/export.js', null, ['assets/panels.js']), moduleIds: ['/app/src/export/run-export.ts'] },
    } as const;
    expect(panelChunkFiles(bundle)).toEqual(['assets/panels.js']);
  });
});

describe('the prefetch entry and the fonts', () => {
  const bundle = {
    entry: chunk('assets/index.js', '/app/src/main.tsx', ['assets/prefetch.js'], true),
    prefetch: chunk('assets/prefetch.js', '/app/src/api/start-prefetch.ts', [], true),
    regular: { type: 'asset', fileName: 'assets/public-sans-latin-400-normal-abc.woff2' },
    bold: { type: 'asset', fileName: 'assets/public-sans-latin-700-normal-def.woff2' },
    oldFormat: { type: 'asset', fileName: 'assets/public-sans-latin-400-normal-ghi.woff' },
  } as const;

  it('finds the prefetch entry chunk', () => {
    expect(prefetchChunkFiles(bundle)).toEqual(['assets/prefetch.js']);
    expect(prefetchChunkFiles({ entry: bundle.entry })).toEqual([]);
  });

  it('puts the prefetch entry first in the head as an async module script, and preloads the woff2 faces only', () => {
    const plugin = preloadPlugin();
    const hook = plugin.transformIndexHtml as unknown as { handler: (html: string, context: { bundle: unknown }) => { tags: { tag: string; attrs: Record<string, unknown>; injectTo: string }[] } };
    const { tags } = hook.handler('<html></html>', { bundle });
    expect(tags[0]).toEqual({
      tag: 'script',
      attrs: { type: 'module', async: true, crossorigin: true, src: './assets/prefetch.js' },
      injectTo: 'head-prepend',
    });
    const fonts = tags.filter((tag) => tag.attrs.as === 'font').map((tag) => tag.attrs.href);
    expect(fonts).toEqual(['./assets/public-sans-latin-400-normal-abc.woff2', './assets/public-sans-latin-700-normal-def.woff2']);
  });
});
