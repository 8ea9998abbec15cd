// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samplePackageFiles } from '../../mocks/packages';
import { loadPackageFromFiles } from '../../src/data/load-package';
import { columnMetrics } from '../../src/domain/breakdown-columns';
import { changeFields, editionsRecords, officesRecords, recordsWithNotes } from '../../src/domain/breakdown-csv';
import { editionsTable, editionsView } from '../../src/domain/breakdown-editions';
import { officesSortCaveat, SAMPLE_DATA_NOTE } from '../../src/domain/breakdown-notes';
import { officesTable, officesView } from '../../src/domain/breakdown-offices';
import { DEFAULT_SORT } from '../../src/domain/breakdown-sort';
import { indexDataset } from '../../src/domain/dataset-index';
import { miniDataset } from '../fixtures/mini-dataset';
import { loadCommittedDataset } from '../published/committed-package';

const index = indexDataset(loadCommittedDataset());
const VI = index.editionById.get('VI');
if (!VI) throw new Error('edition missing');
const minorAndTraffickers = index.dataset.metrics.filter((m) => m.id === 'minor-victims' || m.id === 'traffickers');

describe('offices records', () => {
  const table = officesTable(index, VI, minorAndTraffickers, ['denver', 'anchorage']);

  it('are the displayed rows in the displayed order, a value, qualifier, state and coverage per metric', () => {
    const view = officesView(table, { sort: { column: 'traffickers', direction: 'descending' }, search: 'd', selectedOnly: false });
    const records = officesRecords(view);
    expect(records.header).toEqual([
      'Office',
      'Minor victims', 'Minor victims qualifier', 'Minor victims state', 'Minor victims coverage',
      'Traffickers', 'Traffickers qualifier', 'Traffickers state', 'Traffickers coverage',
      'Selected', 'Sources',
    ]);
    expect(records.rows.map((row) => row[0])).toEqual(['National (as released)', `Sum of the ${view.rows.length} offices shown`, ...view.rows.map((row) => row.label)]);
    expect(records.rows[0]).toEqual(['National (as released)', 79, '', 'reported', '', 104, '', 'reported', '', '', 'S16']);
    const denver = records.rows.find((row) => row[0] === 'FBI Denver');
    expect(denver).toEqual(['FBI Denver', 2, '', 'reported', '', 3, '', 'reported', '', 'yes', 'S16']);
    const dallas = records.rows.find((row) => row[0] === 'FBI Dallas');
    expect(dallas).toEqual(['FBI Dallas', 6, '', 'reported', '', 0, '', 'zero', '', '', 'S16']);
    const richmond = records.rows.find((row) => row[0] === 'FBI Richmond');
    expect(richmond).toEqual(['FBI Richmond', 0, '', 'zero', '', 2, '', 'reported', '', '', 'S16']);
    const traffickers = index.metricById.get('traffickers');
    if (!traffickers) throw new Error('metric missing');
    expect(records.notes).toEqual([officesSortCaveat(traffickers)]);
  });

  it('write not reported as an empty value, never 0, and the sum\'s coverage in its own column', () => {
    const view = officesView(table, { sort: DEFAULT_SORT, search: 'anchorage', selectedOnly: false });
    const records = officesRecords(view);
    expect(records.rows).toEqual([
      ['National (as released)', 79, '', 'reported', '', 104, '', 'reported', '', '', 'S16'],
      ['Sum of the 1 office shown', null, '', 'not-reported', '0 of 1 reported', null, '', 'not-reported', '0 of 1 reported', '', ''],
      ['FBI Anchorage', null, '', 'not-reported', '', null, '', 'not-reported', '', 'yes', ''],
    ]);
    expect(records.notes).toEqual([]);
  });

  it('carry the sort caveat and notes as padded rows after the data', () => {
    const view = officesView(table, { sort: { column: 'minor-victims', direction: 'descending' }, search: 'denver', selectedOnly: false });
    const rows = recordsWithNotes(officesRecords(view));
    expect(rows).toHaveLength(1 + 3 + 1);
    expect(rows[0]).toHaveLength(11);
    expect(rows.at(-1)).toEqual([
      'Note: Sorted by minor victims: office counts reflect each office’s participation and resources in a short operation, not how common child sex trafficking is in its area.',
      '', '', '', '', '', '', '', '', '', '',
    ]);
  });

  it('mark synthetic values in the sample dataset with their state and the SAMPLE DATA note', () => {
    const loaded = loadPackageFromFiles({ ...samplePackageFiles() });
    if (!loaded.ok) throw new Error('sample does not load');
    const sample = indexDataset(loaded.dataset);
    const xiii = sample.editionById.get('XIII');
    if (!xiii) throw new Error('edition missing');
    const view = officesView(officesTable(sample, xiii, columnMetrics(sample, 'key', 'minor-victims'), []), {
      sort: DEFAULT_SORT,
      search: '',
      selectedOnly: false,
    });
    const records = officesRecords(view);
    expect(records.notes).toEqual([SAMPLE_DATA_NOTE]);
    expect(records.rows.slice(2).some((row) => row[3] === 'synthetic' && typeof row[1] === 'number')).toBe(true);
    // The sum row: synthetic values are never "reported", the qualifier column keeps its vocabulary, and
    // a sum spread from "more than 200" is itself at least 200 and synthetic (not "exact").
    const sum = records.rows[1] ?? [];
    const field = (metric: string, column: 'qualifier' | 'state' | 'coverage' | null): unknown =>
      sum[records.header.indexOf(column ? `${metric} ${column}` : metric)];
    expect(sum[0]).toBe('Sum of the 56 offices');
    expect([field('All victims', null), field('All victims', 'qualifier'), field('All victims', 'state'), field('All victims', 'coverage')]).toEqual([
      200, 'at-least', 'synthetic', '0 of 56 reported, 56 synthetic',
    ]);
    expect([field('Minor victims', null), field('Minor victims', 'qualifier'), field('Minor victims', 'state'), field('Minor victims', 'coverage')]).toEqual([
      59, '', 'synthetic', '3 of 56 reported, 53 synthetic',
    ]);
    expect([field('Adult victims', 'qualifier'), field('Adult victims', 'state'), field('Adult victims', 'coverage')]).toEqual([
      'at-least', 'approximate', '2 of 56 reported',
    ]);
    const qualifierColumns = records.header.flatMap((name, i) => (name.endsWith(' qualifier') ? [i] : []));
    const coverageColumns = records.header.flatMap((name, i) => (name.endsWith(' coverage') ? [i] : []));
    for (const row of records.rows) {
      for (const i of qualifierColumns) expect(['', 'at-least', 'approximately']).toContain(row[i]);
      for (const i of coverageColumns) expect(row[i] !== '').toBe(row === sum);
    }
    expect(view.sum.cells[3]).toMatchObject({ display: '200+', spoken: 'at least 200, 0 of 56 reported, 56 synthetic' });
  });
});

describe('editions records', () => {
  it('give edition and year, then value, qualifier, state and the change as numbers per metric; gaps say why', () => {
    const view = editionsView(editionsTable(index, minorAndTraffickers, 2015, 2023), DEFAULT_SORT);
    const records = editionsRecords(view);
    const changeHeaders = (label: string) => [
      label, `${label} qualifier`, `${label} state`,
      `${label} change`, `${label} change percent`, `${label} compared with`, `${label} change state`, `${label} change note`,
    ];
    expect(records.header).toEqual(['Edition', 'Year', ...changeHeaders('Minor victims'), ...changeHeaders('Traffickers'), 'Sources']);
    expect(records.rows.map((row) => `${String(row[0])} ${String(row[1])}`)).toEqual([
      'IX 2015', 'X 2016', 'XI 2017', ' 2018', ' 2019', ' 2020', ' 2021', 'XII 2022', 'XIII 2023',
    ]);
    expect(records.rows[0]).toEqual([
      'IX', 2015,
      149, '', 'reported', -19, -11.3, 'VIII', 'exact', '',
      153, '', 'reported', -128, -45.6, 'VIII', 'exact', '',
      'S33; S35; S37',
    ]);
    expect(records.rows[3]).toEqual([
      '', 2018,
      null, '', 'no-operation', null, null, '', 'no-operation', '',
      null, '', 'no-operation', null, null, '', 'no-operation', '',
      'S52',
    ]);
    const xii = records.rows[7];
    expect(xii?.slice(2, 10)).toEqual([84, '', 'reported', null, null, 'XI', 'not-comparable', expect.stringMatching(/^Not comparable with OCC XI \(2017\): the release wording changed/)]);
    expect(xii?.slice(10, 18)).toEqual([null, '', 'not-reported', null, null, '', 'not-reported', '']);
    expect(records.notes).toEqual([]);
  });

  it('never write the change as a sentence: a number, a percentage and the edition compared with, or a state', () => {
    const mini = indexDataset(miniDataset());
    const records = editionsRecords(editionsView(editionsTable(mini, mini.dataset.metrics, null, null), DEFAULT_SORT));
    const changeOf = (edition: string, metric: string) => {
      const row = records.rows.find((r) => r[0] === edition);
      const at = records.header.indexOf(`${metric} change`);
      return row?.slice(at, at + 5);
    };
    // +26 against 21 is +123.8 %: what the old change column wrote as "'+26 (+124%) vs 21 in OCC I (2008)".
    expect(changeOf('II', 'Minor victims')).toEqual([26, 123.8, 'I', 'exact', '']);
    expect(changeOf('I', 'Minor victims')).toEqual([null, null, '', 'first-figure', '']);
    expect(changeOf('III', 'Minor victims')).toEqual([
      null, null, 'II', 'not-comparable',
      'Not comparable with OCC II (2008): the release wording changed from “children recovered” to “minor victims identified”',
    ]);
    // Against "more than 200" the size of the change is unknown; against "nearly 700" it is approximate.
    expect(changeOf('IV', 'All victims')).toEqual([null, null, 'III', 'change-unknown', '']);
    expect(changeOf('II', 'Arrests')).toEqual([-58, -8.3, 'I', 'approximate', '']);
    expect(changeOf('IV', 'Cities')).toEqual([null, null, '', 'not-reported', '']);
    const textCells = records.rows.flatMap((row) => row.filter((cell): cell is string => typeof cell === 'string'));
    expect(textCells.filter((cell) => /^[-+=@−]/.test(cell))).toEqual([]);
  });
});

describe('changeFields', () => {
  it('leave the percentage blank against a previous 0, and round half away from zero to one decimal', () => {
    const previous = index.editionById.get('V');
    if (!previous) throw new Error('edition missing');
    const previousValue = { editionId: 'V', place: 'denver', metricId: 'minor-victims', value: 0, qualifier: null, origin: 'published' as const, sourceIds: [], note: '' };
    expect(changeFields({ kind: 'change', previous, previousValue, delta: 3, ratio: null, exact: true })).toEqual([3, null, 'V', 'exact', '']);
    expect(changeFields({ kind: 'change', previous, previousValue, delta: -1, ratio: -0.00049, exact: true })).toEqual([-1, 0, 'V', 'exact', '']);
    expect(changeFields({ kind: 'change', previous, previousValue, delta: -1, ratio: -0.0625, exact: false })).toEqual([-1, -6.3, 'V', 'approximate', '']);
    expect(changeFields({ kind: 'change', previous, previousValue, delta: 1, ratio: 0.0625, exact: true })).toEqual([1, 6.3, 'V', 'exact', '']);
  });
});
