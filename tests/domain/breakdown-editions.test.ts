// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { columnMetrics } from '../../src/domain/breakdown-columns';
import { editionsTable, editionsView } from '../../src/domain/breakdown-editions';
import type { EditionsView } from '../../src/domain/breakdown-editions';
import { DEFAULT_SORT } from '../../src/domain/breakdown-sort';
import { indexDataset } from '../../src/domain/dataset-index';
import { describeComparison } from '../../src/domain/describe-comparison';
import { compareWithPrevious } from '../../src/domain/comparison';
import { loadCommittedDataset } from '../published/committed-package';
import { miniDataset } from '../fixtures/mini-dataset';

const index = indexDataset(loadCommittedDataset());
const metrics = columnMetrics(index, 'key', 'minor-victims');
const table = editionsTable(index, metrics, null, null);
const labels = (view: EditionsView) => view.rows.map((row) => row.label);

describe('the editions × metrics table (published)', () => {
  it('lists every edition and every gap year in order, 2008–2025', () => {
    const view = editionsView(table, DEFAULT_SORT);
    expect(view.years).toEqual([2008, 2025]);
    expect(labels(view)).toEqual([
      'OCC I (2008)', 'OCC II (2008)', 'OCC III (2009)', 'OCC IV (2009)', 'OCC V (2010)', '2011', 'OCC VI (2012)',
      'OCC VII (2013)', 'OCC VIII (2014)', 'OCC IX (2015)', 'OCC X (2016)', 'OCC XI (2017)', '2018', '2019', '2020',
      '2021', 'OCC XII (2022)', 'OCC XIII (2023)', '2024', '2025',
    ]);
    const gaps = view.rows.flatMap((row) => (row.kind === 'gap' ? [`${row.year} ${row.stateLabel}`] : []));
    expect(gaps).toEqual([
      '2011 No operation', '2018 No operation', '2019 No operation', '2020 No operation', '2021 No operation',
      '2024 No results published', '2025 No results published',
    ]);
  });

  it('gives each value the change the headline gives, "not comparable" across a wording change', () => {
    const byId = new Map(table.rows.flatMap((row) => (row.kind === 'edition' ? [[row.id, row] as const] : [])));
    const xiii = byId.get('XIII');
    const xii = byId.get('XII');
    if (!xiii || !xii) throw new Error('rows missing');
    expect(xiii.cells[0]).toMatchObject({ display: '59', change: -25, changeExact: true, changeShort: '−25 (−30%)' });
    expect(xiii.cells[0]?.changeText).toBe(describeComparison(compareWithPrevious(index, xiii.edition, 'national', 'minor-victims')));
    expect(xii.cells[0]).toMatchObject({ display: '84', change: null, changeShort: 'not comparable: wording changed' });
    expect(xii.cells[0]?.changeText).toMatch(/^Not comparable with OCC XI \(2017\)/);
    expect(xiii.cells[3]).toMatchObject({ display: '200+', changeShort: 'change unknown', change: null });
    expect(byId.get('V')?.cells[6]).toMatchObject({ display: '884', change: 184, changeExact: false, changeShort: 'about +184 (+26%)' });
    expect(byId.get('I')?.cells[0]).toMatchObject({ changeShort: 'first figure' });
    expect(xiii.sourceIds).toEqual(['S62', 'S63']);
  });

  it('sorts by a value with not-reported editions and gap years last in both directions', () => {
    const descending = editionsView(table, { column: 'traffickers', direction: 'descending' });
    expect(labels(descending).slice(0, 4)).toEqual(['OCC VIII (2014)', 'OCC X (2016)', 'OCC IX (2015)', 'OCC VII (2013)']);
    const ascending = editionsView(table, { column: 'traffickers', direction: 'ascending' });
    expect(labels(ascending).slice(0, 3)).toEqual(['OCC III (2009)', 'OCC IV (2009)', 'OCC XIII (2023)']);
    const tail = ['OCC I (2008)', '2011', '2018', '2019', '2020', '2021', 'OCC XII (2022)', '2024', '2025'];
    expect(labels(descending).slice(-9)).toEqual(tail);
    expect(labels(ascending).slice(-9)).toEqual(tail);
    expect(descending.sortMetric?.id).toBe('traffickers');
  });

  it('sorts newest first by the edition column', () => {
    expect(labels(editionsView(table, { column: 'label', direction: 'descending' })).slice(0, 3)).toEqual(['2025', '2024', 'OCC XIII (2023)']);
  });

  it('keeps to the year range of the filters, gaps included', () => {
    const view = editionsView(editionsTable(index, metrics, 2010, 2013), DEFAULT_SORT);
    expect(labels(view)).toEqual(['OCC V (2010)', '2011', 'OCC VI (2012)', 'OCC VII (2013)']);
    expect(view.years).toEqual([2010, 2013]);
  });

  it('bounds against "more than N" in the mini dataset, and a "nearly N" change is approximate', () => {
    const mini = indexDataset(miniDataset());
    const miniTable = editionsTable(mini, mini.dataset.metrics, null, null);
    const row = (id: string) => miniTable.rows.find((r) => r.kind === 'edition' && r.id === id);
    const iv = row('IV');
    const ii = row('II');
    if (iv?.kind !== 'edition' || ii?.kind !== 'edition') throw new Error('rows missing');
    expect(iv.cells[1]).toMatchObject({ display: '210', changeShort: 'change unknown' });
    expect(ii.cells[2]).toMatchObject({ display: '642', change: -58, changeExact: false, changeShort: 'about −58 (−8%)' });
    expect(miniTable.rows.map((r) => r.label)).toEqual(['OCC I (2008)', 'OCC II (2008)', 'OCC III (2010)', '2011', 'OCC IV (2012)']);
  });
});
