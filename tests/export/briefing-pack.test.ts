import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ALT_TEXT_FILE, briefingPackFileName, buildBriefingPack } from '../../src/export/briefing-pack';
import type { BriefingPanel } from '../../src/export/briefing-pack';
import { fixtureInput } from './export-fixture';

/** Stands in for the browser's rasteriser (jsdom has no canvas): the "PNG" records what was asked. */
function fakeRasterise(svg: string, width: number, height: number): Promise<Blob> {
  return Promise.resolve(new Blob([`PNG ${width}x${height} ${svg.length}`], { type: 'image/png' }));
}

const panels: BriefingPanel[] = [
  {
    name: { dataset: 'published', panel: 'trends', metric: 'minor-victims', period: { from: 2008, to: 2023 }, offices: [] },
    input: fixtureInput(),
  },
  {
    name: { dataset: 'published', panel: 'office-map', metric: 'minor-victims', period: { edition: 'XIII' }, offices: [] },
    input: fixtureInput({ title: 'Minor victims by field office, OCC XIII (2023)', summary: 'San Juan reported 3.' }),
    csvFiles: [{ fileName: 'occ_published_offices-by-metric_XIII.csv', text: '\uFEFFoffice,value\r\nSan Juan,3\r\n' }],
  },
];

async function unzip(blob: Blob): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

describe('buildBriefingPack', () => {
  it('holds every panel as a 2× PNG and an SVG, their alt text, and the CSV files', async () => {
    const pack = await buildBriefingPack(panels, { rasterise: fakeRasterise, fontCss: '', modified: new Date('2026-11-28T12:00:00Z') });
    expect(pack.type).toBe('application/zip');
    const files = await unzip(pack);
    expect(Object.keys(files)).toEqual([
      'occ_published_trends_minor-victims_2008-2023_national_2x.png',
      'occ_published_trends_minor-victims_2008-2023_national.svg',
      'occ_published_office-map_minor-victims_XIII_national_2x.png',
      'occ_published_office-map_minor-victims_XIII_national.svg',
      'occ_published_offices-by-metric_XIII.csv',
      ALT_TEXT_FILE,
    ]);
    // ignoreBOM: keep the CSV's byte-order mark in the decoded text, to check it is there.
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const text = (name: string): string => decoder.decode(files[name] ?? new Uint8Array());
    expect(text('occ_published_trends_minor-victims_2008-2023_national_2x.png')).toMatch(/^PNG 2400x1188 \d+$/);
    expect(text('occ_published_trends_minor-victims_2008-2023_national.svg')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns=/);
    expect(text('occ_published_trends_minor-victims_2008-2023_national.svg')).toContain('width="1200" height="594"');
    expect(text('occ_published_offices-by-metric_XIII.csv')).toBe('\uFEFFoffice,value\r\nSan Juan,3\r\n');
    expect(text(ALT_TEXT_FILE)).toBe(
      [
        "Alt text of each image in this pack (the chart's one-sentence summary).",
        '',
        'occ_published_trends_minor-victims_2008-2023_national_2x.png',
        'occ_published_trends_minor-victims_2008-2023_national.svg',
        'Minor victims identified or located, by edition. In 2023, OCC XIII identified or located 59 minor victims, fewer than the 84 of OCC XII in 2022.',
        '',
        'occ_published_office-map_minor-victims_XIII_national_2x.png',
        'occ_published_office-map_minor-victims_XIII_national.svg',
        'Minor victims by field office, OCC XIII (2023). San Juan reported 3.',
        '',
      ].join('\r\n'),
    );
  });

  it('stores the one-page summary under its fixed name, first, with its alt text', async () => {
    const summary: BriefingPanel = {
      name: { dataset: 'published', panel: 'summary', metric: 'minor-victims', period: { edition: 'XIII' }, offices: [] },
      input: fixtureInput({ title: 'Key figures at a glance, OCC XIII (2023)', summary: 'OCC XIII (2023) reported 59 minor victims.' }),
      fileStem: 'summary',
    };
    const files = await unzip(await buildBriefingPack([summary, ...panels], { rasterise: fakeRasterise, fontCss: '' }));
    expect(Object.keys(files).slice(0, 3)).toEqual(['summary.png', 'summary.svg', 'occ_published_trends_minor-victims_2008-2023_national_2x.png']);
    // Drawn at 2× like every panel's PNG.
    expect(new TextDecoder().decode(files['summary.png'])).toMatch(/^PNG 2400x1188 \d+$/);
    expect(new TextDecoder().decode(files[ALT_TEXT_FILE])).toContain(
      'summary.png\r\nsummary.svg\r\nKey figures at a glance, OCC XIII (2023). OCC XIII (2023) reported 59 minor victims.\r\n',
    );
  });

  it('refuses two files with the same name rather than silently keeping one', async () => {
    const twice = [panels[0], panels[0]].filter((p) => p !== undefined);
    await expect(buildBriefingPack(twice, { rasterise: fakeRasterise, fontCss: '' })).rejects.toThrow(/unique/);
  });

  it('names the pack after the dataset and its as-of date', () => {
    expect(briefingPackFileName('published', '2026-11-28')).toBe('occ_published_briefing-pack_2026-11-28.zip');
  });
});
