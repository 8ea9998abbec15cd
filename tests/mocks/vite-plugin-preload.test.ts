// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { panelChunkFiles } from '../../scripts/vite-plugin-preload';

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
});
