/**
 * The map export as the file a reader gets: the SVG from renderExport (the Export menu's path),
 * serialised in jsdom with the font CSS mocked. The outlines are a tiny stand-in (the real ones are
 * hundreds of kilobytes; map-export-atlas.test.tsx draws those). One SVG snapshot on the mini dataset
 * (__snapshots__/map-export-mini.svg), then the rules: attributes, not classes; the whole map at
 * zoom 1; SAMPLE DATA only with sample values. Regenerate with
 * `npx vitest run --project unit tests/features/office-map -u`.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../src/data/types';
import { indexDataset } from '../../../src/domain/dataset-index';
import { mapModelFor } from '../../fixtures/view';
import { exportChoice } from '../../../src/export/export-choices';
import { renderExport } from '../../../src/export/run-export';
import type { Basemap } from '../../../src/features/office-map/layout/basemap';
import { mapExportFileName, mapExportInput } from '../../../src/features/office-map/map-export';
import { miniDataset } from '../../fixtures/mini-dataset';
import { expectSvgSnapshot } from '../../support/svg-snapshot';

const fonts = vi.hoisted(() => ({
  css: "@font-face{font-family:'Public Sans';font-weight:400;src:url(data:font/woff2;base64,AAEC) format('woff2')}",
}));
vi.mock('../../../src/export/export-fonts', () => ({ loadExportFontCss: () => Promise.resolve(fonts.css) }));

// The outlines' format: relative moves and lines in tenths of a reference pixel (src/api/state-outlines.json).
const BASEMAP: Basemap = { land: 'm1000,1000l7000,0l0,4000l-7000,0z', borders: 'm4500,1000l0,4000', insetFrames: 'm100,4000l800,0l0,1400l-800,0z' };

function withSampleValue(): Dataset {
  const dataset = miniDataset();
  dataset.observations.push({ editionId: 'IV', place: 'san-juan', metricId: 'minor-victims', value: 7, qualifier: null, origin: 'synthetic', sourceIds: [], note: '' });
  return dataset;
}

async function exportSvg(dataset: Dataset, options: { selected?: string[]; basemap?: Basemap | null } = {}) {
  const index = indexDataset(dataset);
  const model = mapModelFor(index);
  const input = mapExportInput(model, {
    index,
    basemap: options.basemap === undefined ? BASEMAP : options.basemap,
    selectedIds: options.selected ?? [],
    viewUrl: 'https://occ.example.gov/?dataset=mini',
  });
  const file = await renderExport(exportChoice('svg'), input, mapExportFileName(model, 'mini'));
  const text = await file.blob.text();
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return { text, doc, fileName: file.fileName };
}

const texts = (doc: Document): string[] => [...doc.getElementsByTagName('text')].map((t) => t.textContent);

describe('the map export SVG', () => {
  it('matches the reviewed drawing on the mini dataset', async () => {
    const { text, fileName } = await exportSvg(miniDataset());
    expect(fileName).toBe('occ_mini_office-map_minor-victims_IV_all-offices.svg');
    await expectSvgSnapshot(text, 'map-export-mini');
  });

  it('draws outlines and symbols with SVG attributes: no class for a stylesheet the file does not have', async () => {
    const { doc } = await exportSvg(miniDataset());
    expect(doc.querySelectorAll('[class]')).toHaveLength(0);
    const paths = [...doc.querySelectorAll('path')];
    expect(paths.map((p) => [p.getAttribute('d'), p.getAttribute('fill'), p.getAttribute('stroke')])).toEqual([
      [BASEMAP.land, '#f0f0f0', '#a9aeb1'],
      [BASEMAP.borders, 'none', '#a9aeb1'],
      [BASEMAP.insetFrames, 'none', '#a9aeb1'],
    ]);
    // Denver reported 0 (white fill, blue outline), San Juan nothing (dotted grey outline).
    const mark = (id: string) => doc.querySelector(`g[data-office-id="${id}"]`)?.children[1];
    expect([mark('denver')?.getAttribute('fill'), mark('denver')?.getAttribute('stroke')]).toEqual(['#ffffff', '#0072B2']);
    expect([mark('san-juan')?.getAttribute('fill'), mark('san-juan')?.getAttribute('stroke-dasharray')]).toEqual(['none', '2 3']);
  });

  it('stands alone: white background, embedded font, nothing external', async () => {
    const { text, doc } = await exportSvg(miniDataset());
    expect(doc.documentElement.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(text).toContain('src:url(data:font/woff2;base64,');
    expect(doc.getElementsByTagName('foreignObject')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(text).not.toMatch(/\b(href|src)=/);
  });

  it('gives the coverage caption and rings the selected offices', async () => {
    const { doc } = await exportSvg(miniDataset(), { selected: ['denver'] });
    expect(texts(doc)).toContain('1 of 2 offices reported');
    const denver = doc.querySelector('g[data-office-id="denver"]');
    expect(denver?.children).toHaveLength(3);
    expect(denver?.children[2]?.getAttribute('stroke')).toBe('#1b1b1b');
    expect(doc.querySelector('g[data-office-id="san-juan"]')?.children).toHaveLength(2);
  });

  it('still places the offices when the outlines could not be loaded, and says so', async () => {
    const { doc } = await exportSvg(miniDataset(), { basemap: null });
    expect(doc.querySelectorAll('path')).toHaveLength(0);
    expect(doc.querySelectorAll('g[data-office-id]')).toHaveLength(2);
    expect(texts(doc)).toContain('The state outlines could not be loaded: offices are placed by the map’s projection, without them.');
  });

  it('shows SAMPLE DATA only when a generated value is shown, hatched like on screen', async () => {
    expect(texts((await exportSvg(miniDataset())).doc).some((t) => t.includes('SAMPLE DATA'))).toBe(false);
    const { doc } = await exportSvg(withSampleValue());
    expect(texts(doc).filter((t) => t === 'SAMPLE DATA')).toHaveLength(1);
    expect(doc.querySelector('g[data-office-id="san-juan"]')?.children[1]?.getAttribute('fill')).toBe('url(#occ-synthetic-hatch)');
    expect(doc.querySelectorAll('pattern')).toHaveLength(1);
  });
});
