/**
 * The trends export as the file a reader gets: the SVG from renderExport (the same path as the
 * Export menu), serialised by the real serialiser in jsdom, with the font CSS mocked (jsdom cannot
 * fetch the woff2 files). One SVG snapshot on the mini dataset (__snapshots__/trends-export-mini.svg),
 * then the rules every export keeps. Regenerate with
 * `npx vitest run --project unit tests/features/trends -u` and read the diff.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../src/data/types';
import { indexDataset } from '../../../src/domain/dataset-index';
import { trendsView } from '../../../src/domain/trends-view';
import { exportChoice } from '../../../src/export/export-choices';
import { renderExport } from '../../../src/export/run-export';
import { trendsExportFileName, trendsExportInput } from '../../../src/features/trends/trends-export';
import { miniDataset } from '../../fixtures/mini-dataset';
import { resolvedView } from '../../fixtures/view';
import { expectSvgSnapshot } from '../../support/svg-snapshot';

const fonts = vi.hoisted(() => ({
  css: "@font-face{font-family:'Public Sans';font-weight:400;src:url(data:font/woff2;base64,AAEC) format('woff2')}",
}));
vi.mock('../../../src/export/export-fonts', () => ({ loadExportFontCss: () => Promise.resolve(fonts.css) }));

const VIEW_URL = 'https://occ.example.gov/?dataset=mini&offices=denver';

function withSampleValue(): Dataset {
  const dataset = miniDataset();
  dataset.observations.push({ editionId: 'III', place: 'denver', metricId: 'minor-victims', value: 4, qualifier: null, origin: 'synthetic', sourceIds: [], note: '' });
  return dataset;
}

async function exportSvg(dataset: Dataset, choice: 'svg' | 'slide' = 'svg'): Promise<{ text: string; doc: Document }> {
  const index = indexDataset(dataset);
  const view = trendsView(resolvedView(index, { offices: ['denver'] }));
  if (!view) throw new Error('no view');
  const input = trendsExportInput(view, { index, scaleMode: 'shared', viewUrl: VIEW_URL });
  const parts = trendsExportFileName(view, index.dataset.manifest.id);
  // The slide is a PNG in the menu; its SVG is what gets rasterised, so it is checked as SVG here.
  const file = await renderExport({ ...exportChoice(choice), format: 'svg' }, input, parts);
  const text = await file.blob.text();
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return { text, doc };
}

const texts = (doc: Document): string[] => [...doc.getElementsByTagName('text')].map((t) => t.textContent);

describe('the trends export SVG', () => {
  it('matches the reviewed drawing on the mini dataset, nation and FBI Denver', async () => {
    const { text } = await exportSvg(miniDataset());
    await expectSvgSnapshot(text, 'trends-export-mini');
  });

  it('stands alone: white background, embedded font, no foreignObject, script or external reference', async () => {
    const { text, doc } = await exportSvg(miniDataset());
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1200', root.getAttribute('viewBox')?.split(' ')[3]]);
    const background = root.querySelector(':scope > rect');
    expect([background?.getAttribute('x'), background?.getAttribute('y'), background?.getAttribute('fill')]).toEqual(['0', '0', '#ffffff']);
    expect(background?.getAttribute('width')).toBe('1200');
    expect(root.querySelector(':scope > style')?.textContent).toBe(fonts.css);
    expect(text).toContain('src:url(data:font/woff2;base64,');
    expect(doc.getElementsByTagName('foreignObject')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const referring = [...doc.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^(href|xlink:href|src)$/.test(a.name) || /url\((?!#|data:)/.test(a.value)).map((a) => `${el.tagName} ${a.name}`),
    );
    expect(referring).toEqual([]);
    // The only "http" outside text is the SVG namespace itself.
    const attributeUrls = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.value.includes('http')).map((a) => a.name));
    expect(attributeUrls).toEqual(['xmlns']);
  });

  it('draws the panel’s own marks: four national bars, four for Denver, the focus tint and the wording marker', async () => {
    const { doc } = await exportSvg(miniDataset());
    expect(doc.querySelectorAll('g.trend-bar')).toHaveLength(8);
    expect([...doc.querySelectorAll('g.trend-bar')].map((g) => g.getAttribute('data-state'))).toEqual([
      'reported', 'reported', 'reported', 'reported', 'not-reported', 'not-reported', 'not-reported', 'zero',
    ]);
    expect(doc.querySelectorAll('rect.trend-focus')).toHaveLength(2);
    expect(doc.querySelectorAll('[data-break-after="III"]')).toHaveLength(1);
    // The nested chart svgs let labels overflow as the page does, without a stylesheet.
    expect([...doc.querySelectorAll('svg svg')].map((svg) => svg.getAttribute('overflow'))).toEqual(['visible', 'visible']);
    expect(texts(doc)).toContain(
      'Release wording changed between OCC II (2008) and OCC III (2010): from “children recovered” to “minor victims identified”. Values either side are not comparable.',
    );
    expect(texts(doc)).toContain('FBI Denver');
    expect(texts(doc)).toContain('1 of 4 editions reported');
  });

  it('has its summary sentence as its description, and names its sources, data date, version and link', async () => {
    const { doc } = await exportSvg(miniDataset());
    expect(doc.querySelector('desc')?.textContent).toMatch(/^National minor victims, 2008–2012: 4 of 4 editions reported a figure/);
    const footer = texts(doc).join(' ');
    expect(footer).toContain('Sources: FBI National Press Office, 25 Jun 2008, https://example.gov/s1; Some Outlet, Jun 2012.');
    expect(footer).toContain('Data as of 28 Nov 2026 · Mini test dataset, version 1.0.0');
    expect(footer).toContain(`Reproduce this view: ${VIEW_URL}`);
  });

  it('shows SAMPLE DATA only when a generated value is shown, and then hatches that bar', async () => {
    const published = await exportSvg(miniDataset());
    expect(texts(published.doc).some((t) => t.includes('SAMPLE DATA'))).toBe(false);
    const sample = await exportSvg(withSampleValue());
    expect(texts(sample.doc).filter((t) => t === 'SAMPLE DATA')).toHaveLength(1);
    expect(texts(sample.doc).some((t) => t.startsWith('SAMPLE DATA: values in this image are generated'))).toBe(true);
    expect(sample.doc.querySelectorAll('g.trend-bar[data-state="synthetic"] rect[fill="url(#occ-synthetic-hatch)"]')).toHaveLength(1);
    // The hatch is defined once, by the composition, not again by the chart.
    expect(sample.doc.querySelectorAll('pattern')).toHaveLength(1);
  });

  it('lays out the same panel as a 1920 × 1080 slide', async () => {
    const { doc } = await exportSvg(miniDataset(), 'slide');
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['1920', '1080', '0 0 1200 675']);
    expect(doc.querySelectorAll('g.trend-bar')).toHaveLength(8);
  });
});
