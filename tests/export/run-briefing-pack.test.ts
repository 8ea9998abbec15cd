/**
 * renderBriefingPack: the pack from the panels' exports, with the rasteriser replaced (jsdom has no
 * canvas) and no fonts. Tables go after the images, the alt text last.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ALT_TEXT_FILE } from '../../src/export/briefing-pack';
import type { BriefingCsv } from '../../src/export/briefing-pack';
import type { PanelImage } from '../../src/export/composition-types';
import { renderBriefingPack } from '../../src/export/run-briefing-pack';
import { fixtureInput } from './export-fixture';

const options = {
  fontCss: '',
  modified: new Date('2026-11-28T12:00:00Z'),
  rasterise: (_svg: string, width: number, height: number) => Promise.resolve(new Blob([`PNG ${String(width)}x${String(height)}`])),
};

const trends: PanelImage = {
  name: { dataset: 'published', panel: 'trends', metric: 'minor-victims', period: { from: 2008, to: 2025 }, offices: [] },
  input: fixtureInput(),
};
const offices: BriefingCsv = { fileName: 'occ_published_offices-by-metric_XIII.csv', text: '\uFEFFOffice\r\nFBI Denver\r\n' };

describe('renderBriefingPack', () => {
  it('zips the images, then the tables, then the alt text, and names the pack after dataset and date', async () => {
    const pack = await renderBriefingPack([trends], [offices], options);
    expect(pack.fileName).toBe('occ_published_briefing-pack_2026-11-28.zip');
    expect([pack.images, pack.tables]).toEqual([1, 1]);
    const files = unzipSync(new Uint8Array(await pack.blob.arrayBuffer()));
    expect(Object.keys(files)).toEqual([
      'occ_published_trends_minor-victims_2008-2025_national_2x.png',
      'occ_published_trends_minor-victims_2008-2025_national.svg',
      'occ_published_offices-by-metric_XIII.csv',
      ALT_TEXT_FILE,
    ]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['occ_published_offices-by-metric_XIII.csv']);
    expect(csv).toBe('\uFEFFOffice\r\nFBI Denver\r\n');
  });

  it('makes a pack of tables alone, and refuses to make an empty one', async () => {
    const tablesOnly = await renderBriefingPack([], [offices], options);
    expect(tablesOnly.fileName).toBe('occ_briefing-pack.zip');
    await expect(renderBriefingPack([], [], options)).rejects.toThrow('there is nothing to put in the pack yet');
  });
});
