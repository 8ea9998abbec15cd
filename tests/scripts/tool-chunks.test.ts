// @vitest-environment node
/**
 * The bench's split of the build's JS (scripts/lib/tool-chunks.mjs), on a small made-up build: a
 * tool's chunks are its entry and what only it reaches; a chunk the dashboard also reaches, and one
 * nobody imports, stay with the dashboard.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dynamicImports, splitToolChunks, TOOL_ENTRIES } from '../../scripts/lib/tool-chunks.mjs';

const dist = mkdtempSync(join(tmpdir(), 'occ-tool-chunks-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const CHUNKS: Record<string, string> = {
  'prefetch-P1.js': 'fetch("./data/x.json");',
  'index-A1.js': 'import{a as r}from"./shared-B1.js";const p=()=>import(`./panel-C1.js`),d=()=>import(`./run-briefing-deck-D1.js`);',
  'shared-B1.js': 'export const a=1;',
  'panel-C1.js': 'import{a}from"./shared-B1.js";import{z}from"./both-H1.js";export default a+z;',
  'run-briefing-deck-D1.js':
    'import{a}from"./shared-B1.js";import{z}from"./both-H1.js";import"./vendor-E1.js";const n=()=>import(`./__vite-browser-external-F1.js`);',
  'vendor-E1.js': 'export const pptx="a large library";',
  '__vite-browser-external-F1.js': 'export default {};',
  'both-H1.js': 'export const z=2;',
  'orphan-G1.js': 'export const g=3;',
};

mkdirSync(join(dist, 'assets'));
writeFileSync(
  join(dist, 'index.html'),
  '<script async type="module" src="./assets/prefetch-P1.js"></script><script type="module" crossorigin src="./assets/index-A1.js"></script>',
);
for (const [name, code] of Object.entries(CHUNKS)) writeFileSync(join(dist, 'assets', name), code);

const names = (files: readonly { file: string }[]) => files.map((f) => f.file.replace('assets/', '')).sort();

describe('the JS split of the bench', () => {
  it('gives a tool its entry chunk and what only that entry reaches, statically or dynamically', () => {
    const { dashboard, tools } = splitToolChunks(dist);
    expect(tools.map((t) => t.tool)).toEqual(['briefing deck (pptxgenjs 4.0.1 + JSZip)', 'Load your data (import dialog, validator worker, template)']);
    expect(tools[1]?.files).toEqual([]);
    expect(names(tools[0]?.files ?? [])).toEqual(['__vite-browser-external-F1.js', 'run-briefing-deck-D1.js', 'vendor-E1.js']);
    // both-H1 is also a panel's import; orphan-G1 is nobody's and is counted rather than hidden.
    expect(names(dashboard)).toEqual(['both-H1.js', 'index-A1.js', 'orphan-G1.js', 'panel-C1.js', 'prefetch-P1.js', 'shared-B1.js']);
    for (const file of [...dashboard, ...(tools[0]?.files ?? [])]) expect(file.gzip).toBeGreaterThan(0);
  });

  it('finds no tool chunk in a build without one, and names the deck’s entry as Vite names it', () => {
    const { tools } = splitToolChunks(dist, [{ tool: 'spreadsheet', entry: /^run-spreadsheet-[\w-]+\.js$/ }]);
    expect(tools).toEqual([{ tool: 'spreadsheet', files: [] }]);
    expect(TOOL_ENTRIES.some(({ entry }) => entry.test('run-briefing-deck-RWeOK_AW.js'))).toBe(true);
    // The worker is named in the dialog's chunk by URL, not imported: it is an entry of the tool itself.
    for (const name of ['import-flow-Ci1-1DWh.js', 'import-worker-DaVFocmK.js', 'template-download-Do2XbwlR.js']) {
      expect(TOOL_ENTRIES.some(({ entry }) => entry.test(name))).toBe(true);
    }
  });

  it('reads dynamic imports as Vite writes them, whatever the quotes, and only relative paths', () => {
    expect(dynamicImports('x=()=>import(`./a-1.js`);y=()=>import("../b.js");z=import(\'https://cdn/x.js\')')).toEqual(['./a-1.js', '../b.js']);
  });
});
