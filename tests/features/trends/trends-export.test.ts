// @vitest-environment node
/**
 * What the trends panel hands the export kit, on fixed data: the words (title, filters, summary),
 * the legend of what is drawn, only the sources of the values shown, the SAMPLE DATA flag and the
 * file name. The drawing itself is checked in trends-export-svg.test.tsx.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types';
import { indexDataset } from '../../../src/domain/dataset-index';
import { trendsView } from '../../../src/domain/trends-view';
import { resolvedView } from '../../fixtures/view';
import type { RequestPatch } from '../../fixtures/view';
import type { ScaleMode } from '../../../src/domain/view-request';
import {
  trendsExportFileName,
  trendsExportInput,
  trendsExportSources,
} from '../../../src/features/trends/trends-export';
import { loadCommittedDataset } from '../../published/committed-package';
import { miniDataset } from '../../fixtures/mini-dataset';

const VIEW_URL = 'https://occ.example.gov/?offices=denver';

function setup(dataset: Dataset, request: RequestPatch = {}, scaleMode: ScaleMode = 'shared') {
  const index = indexDataset(dataset);
  const view = trendsView(resolvedView(index, request));
  if (!view) throw new Error('no view');
  return { index, view, input: trendsExportInput(view, { index, scaleMode, viewUrl: VIEW_URL }) };
}

/** The mini dataset with one generated office value, as the sample package would have. */
function miniWithSample(): Dataset {
  const dataset = miniDataset();
  dataset.observations.push({
    editionId: 'III',
    place: 'denver',
    metricId: 'minor-victims',
    value: 4,
    qualifier: null,
    origin: 'synthetic',
    sourceIds: [],
    note: '',
  });
  return dataset;
}

describe('trendsExportInput on the mini dataset', () => {
  it('says what is shown, for which filters, in one summary sentence', () => {
    const { input } = setup(miniDataset(), { offices: ['denver'] });
    expect(input.title).toBe('Minor victims recovered or identified, by edition');
    expect(input.filters).toEqual([
      'Minor victims recovered or identified',
      '2008–2012',
      'National and one field office: FBI Denver',
      'Focus edition OCC IV (2012)',
    ]);
    expect(input.summary).toBe(
      'National minor victims, 2008–2012: 4 of 4 editions reported a figure, with the highest, 52, in OCC III (2010); ' +
        'OCC IV (2012) reported 39, down 13 (25%) from 52 in OCC III (2010); the release wording changed once in these ' +
        'years, so values either side of the marker are not comparable. Also shown, on one shared y-scale: FBI Denver ' +
        '(1 of 4 editions reported).',
    );
    expect(input.dataset).toEqual({ title: 'Mini test dataset', version: '1.0.0', asOf: '2026-11-28' });
    expect(input.viewUrl).toBe(VIEW_URL);
    expect(input.sample).toBe(false);
    expect(input.chart.height).toBe(634);
  });

  it('names the value states drawn, the focus column and the wording marker in its legend', () => {
    const { input } = setup(miniDataset(), { offices: ['denver'] });
    expect(input.legend.map((entry) => [entry.label, entry.shape])).toEqual([
      ['Reported', 'rect'],
      ['Reported zero', 'rect'],
      ['Not reported', 'rect'],
      ['Tinted column: the focus edition, OCC IV (2012)', 'rect'],
      ['Release wording changed: values either side are not comparable (numbered notes under the chart)', 'line'],
    ]);
    expect(input.legend[0]?.encoding).toEqual({ fill: '#0072B2', stroke: '#0072B2', strokeWidth: 1, fillOpacity: 1 });
  });

  it('leaves out what the years do not show: no focus tint outside them, no sources of hidden values', () => {
    const { index, view, input } = setup(miniDataset(), { from: 2010, to: 2010, edition: 'I' });
    expect(input.filters).toEqual(['Minor victims recovered or identified', '2010', 'National', '']);
    // The wording changed from OCC II (off the axis) to OCC III: its marker is still drawn at 2010.
    expect(input.legend.map((entry) => entry.label)).toEqual([
      'Reported',
      'Release wording changed: values either side are not comparable (numbered notes under the chart)',
    ]);
    // OCC I and II (S1) and the 2008 cities figure (S1) are off the axis: only S2 remains.
    expect(trendsExportSources(view, index).map((s) => s.id)).toEqual(['S2']);
  });

  it('cites the sources of every value drawn, bars and the scale rows, each once, edition by edition', () => {
    const { index, view } = setup(miniDataset(), { offices: ['denver'] });
    expect(trendsExportSources(view, index).map((s) => s.id)).toEqual(['S1', 'S2']);
  });

  it('says when the offices are each on their own scale', () => {
    const { input } = setup(miniDataset(), { offices: ['denver'] }, 'independent');
    expect(input.summary.endsWith('Also shown, each on its own y-scale: FBI Denver (1 of 4 editions reported).')).toBe(true);
  });

  it('flags SAMPLE DATA exactly when a generated value is shown', () => {
    expect(setup(miniWithSample(), { offices: ['denver'] }).input.sample).toBe(true);
    expect(setup(miniWithSample(), { offices: ['denver'] }).input.legend.map((e) => e.label)).toContain('Synthetic sample value');
    // The generated value belongs to Denver: without Denver on screen, nothing sampled is shown.
    expect(setup(miniWithSample()).input.sample).toBe(false);
  });

  it('names its file after the dataset, metric, years and offices', () => {
    const { view } = setup(miniDataset(), { offices: ['denver', 'san-juan'] });
    expect(trendsExportFileName(view, 'mini')).toEqual({
      dataset: 'mini',
      panel: 'trends',
      metric: 'minor-victims',
      period: { from: 2008, to: 2012 },
      offices: ['denver', 'san-juan'],
    });
  });
});

describe('trendsExportInput on the published package', () => {
  it('cites only the sources of the 2022 and 2023 values shown: minor victims and the agencies row', () => {
    const { index, view, input } = setup(loadCommittedDataset(), { from: 2022, to: 2023 });
    // S53 (XII minor victims), S54 (XII agencies), S62 (XIII minor victims); not S55 or S63 (other metrics).
    expect(trendsExportSources(view, index).map((s) => s.id)).toEqual(['S53', 'S54', 'S62']);
    expect(input.sources.map((s) => s.date)).toEqual(['2022-08-15', '2022-08-15', '2023-08-01']);
    expect(input.sample).toBe(false);
  });
});
