// @vitest-environment node
/**
 * What the map hands the export kit, on the published package: the summary sentence (its alt text),
 * the filters, the legend of what is drawn, only the sources of the offices' values shown, and the
 * layout of its chart body with exact numbers, at zoom 1 whatever the page's zoom.
 */
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index';
import { mapModelFor } from '../../fixtures/view';
import type { OfficeMapModel } from '../../../src/domain/office-map';
import { symbolLayout } from '../../../src/features/office-map/layout/symbols';
import { MAP_EXPORT_WIDTH, mapExportFileName, mapExportInput, mapExportSources, mapExportSpec } from '../../../src/features/office-map/map-export';
import { mapExportHeight, mapExportLayout } from '../../../src/features/office-map/map-export-layout';
import { sizeKeyLayout } from '../../../src/features/office-map/layout/size-key';
import { officeMapSummary } from '../../../src/domain/office-map-summary';
import { loadCommittedDataset } from '../../published/committed-package';

const published = indexDataset(loadCommittedDataset());

function model(edition: string | null, metric = 'minor-victims'): OfficeMapModel {
  return mapModelFor(published, { edition, metric });
}

describe('officeMapSummary', () => {
  it('gives the coverage, the largest values and what is missing', () => {
    expect(officeMapSummary(model(null))).toBe(
      'Minor victims by field office, OCC XIII (2023): 3 of 56 offices reported; the largest, 5, in FBI New Orleans, ' +
        'then FBI Kansas City (4) and FBI Jacksonville (2); 53 offices did not report a figure.',
    );
  });

  it('names the offices tied at the top rather than crowning one of them', () => {
    expect(officeMapSummary(model('VI'))).toBe(
      'Minor victims by field office, OCC VI (2012): 36 of 56 offices reported; the largest, 6, in 6 offices: ' +
        'FBI Dallas, FBI Detroit, FBI Milwaukee and 3 more; 20 offices did not report a figure.',
    );
  });

  it('says no more than the caption when no office reported', () => {
    expect(officeMapSummary(model(null, 'traffickers'))).toBe('Traffickers by field office, OCC XIII (2023): 0 of 56 offices reported.');
  });
});

describe('mapExportInput', () => {
  const input = mapExportInput(model(null), { index: published, basemap: null, selectedIds: ['denver', 'phoenix', 'nowhere'], viewUrl: 'https://occ.example.gov/?offices=denver,phoenix' });

  it('titles the map, lists the filters with the ringed offices, and uses the summary as alt text', () => {
    expect(input.title).toBe('Minor victims recovered or identified, by field office, OCC XIII (2023)');
    expect(input.filters).toEqual([
      'Minor victims recovered or identified',
      'OCC XIII (2023)',
      'All 56 field offices; ringed: the 2 selected offices, FBI Denver, FBI Phoenix',
    ]);
    expect(input.summary).toBe(officeMapSummary(model(null)));
    expect(input.sample).toBe(false);
  });

  it('has a legend of the states drawn, the selection ring and the leader lines', () => {
    expect(input.legend.map((entry) => [entry.label, entry.shape])).toEqual([
      ['Reported', 'circle'],
      ['Not reported', 'circle'],
      ['Ring: a selected office', 'circle'],
      ['Line: to the city of an office moved aside so symbols stay apart', 'line'],
    ]);
  });

  it('cites only the sources of the three office values shown, each once', () => {
    expect(mapExportSources(model(null), published).map((source) => source.id)).toEqual(['S66', 'S65', 'S64']);
    expect(input.sources.map((source) => source.date)).toEqual(['2023-08-07', '2023-08-03', '2023-08-01']);
  });

  it('says when the outlines are missing, and names its file after what it shows', () => {
    expect(mapExportSpec(model(null), false).notes).toEqual([
      'The state outlines could not be loaded: offices are placed by the map’s projection, without them.',
    ]);
    expect(mapExportFileName(model(null), 'published')).toEqual({
      dataset: 'published',
      panel: 'office-map',
      metric: 'minor-victims',
      period: { edition: 'XIII' },
      offices: ['all-offices'],
    });
  });

  it('flags SAMPLE DATA on the sample dataset', () => {
    // A published model with one figure turned synthetic, as the sample package has.
    const base = model(null);
    const sampleModel = { ...base, hasSynthetic: true, figures: base.figures.map((f, i) => (i === 0 ? { ...f, value: 3, state: 'synthetic' as const } : f)) };
    const sample = mapExportInput(sampleModel, { index: published, basemap: null, selectedIds: [], viewUrl: '' });
    expect(sample.sample).toBe(true);
    expect(sample.summary.startsWith('Sample data: ')).toBe(true);
  });
});

describe('mapExportLayout', () => {
  const spec = mapExportSpec(model(null));

  it('gives the map the panel’s proportions at the natural width, with the caption above and the key below', () => {
    const height = mapExportHeight(spec, MAP_EXPORT_WIDTH);
    // 24 caption + 6 + 653.3 map (1120 / (960 / 560)) + 10 + 60 key.
    expect(height).toBe(754);
    const layout = mapExportLayout(spec, { width: MAP_EXPORT_WIDTH, height });
    expect(layout.caption).toEqual({ text: '3 of 56 offices reported', x: 0, y: 17.3 });
    expect(layout.map).toEqual({ x: 0, y: 30, width: 1120, height: 654 });
    expect(layout.sizeKey.layout.rows.map((row) => [row.value, row.circle])).toEqual([
      [5, { cx: 28, cy: 722, r: 26 }],
      [1, { cx: 28, cy: 736.4, r: 11.6 }],
    ]);
    expect(layout.sizeKey.caption).toEqual({ text: 'Circle area shows minor victims', x: 87.7, y: 725.6 });
  });

  it('draws every office at zoom 1 with the map’s own symbol layout at that size', () => {
    const layout = mapExportLayout(spec, { width: MAP_EXPORT_WIDTH, height: 754 });
    const own = symbolLayout(model(null).figures, { width: 1120, height: 654 });
    expect(layout.displayed).toHaveLength(56);
    expect(layout.displayed.map((s) => [s.id, s.cx, s.cy, s.r])).toEqual(own.symbols.map((s) => [s.id, s.x, s.y, s.r]));
  });

  it('labels the size key as the page does (one layout): labels pushed apart where circles are small', () => {
    const { rows, bottom, height } = sizeKeyLayout([{ value: 100, r: 26 }, { value: 20, r: 11.6 }, { value: 10, r: 8.2 }], 0);
    expect(rows.map((row) => [row.label.text, row.label.y])).toEqual([
      ['100', 10],
      ['20', 34.8],
      ['10', 47.8],
    ]);
    expect(bottom).toBe(54);
    expect(height).toBe(56);
  });
});
