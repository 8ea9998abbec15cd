// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { columnMetrics } from '../../src/domain/breakdown-columns';
import { matchesOfficeSearch, officesTable, officesView } from '../../src/domain/breakdown-offices';
import type { OfficesViewOptions } from '../../src/domain/breakdown-offices';
import { DEFAULT_SORT } from '../../src/domain/breakdown-sort';
import { indexDataset } from '../../src/domain/dataset-index';
import { officeFigures } from '../../src/domain/office-figures';
import { loadCommittedDataset } from '../published/committed-package';

const index = indexDataset(loadCommittedDataset());
const VI = index.editionById.get('VI');
const XIII = index.editionById.get('XIII');
if (!VI || !XIII) throw new Error('editions missing');
const metrics = columnMetrics(index, 'key', 'minor-victims');
const table = officesTable(index, VI, metrics, ['denver', 'anchorage']);
const options = (patch: Partial<OfficesViewOptions> = {}): OfficesViewOptions => ({ sort: DEFAULT_SORT, search: '', selectedOnly: false, ...patch });
const minorDisplays = (view: ReturnType<typeof officesView>) => view.rows.map((row) => `${row.id} ${row.cells[0]?.display ?? '?'}`);

const NOT_REPORTED_VI = [
  'albany', 'anchorage', 'buffalo', 'charlotte', 'cincinnati', 'columbia', 'honolulu', 'jackson', 'jacksonville', 'kansas-city',
  'little-rock', 'louisville', 'memphis', 'mobile', 'new-haven', 'norfolk', 'pittsburgh', 'salt-lake-city', 'san-juan', 'springfield',
];

describe('the offices × metrics table (published OCC VI)', () => {
  it('has 56 offices with the same values as officeFigures, the national row and the key columns', () => {
    expect(metrics.map((metric) => metric.id)).toEqual([
      'minor-victims', 'missing-children', 'adult-victims', 'total-victims', 'traffickers', 'exploitation-suspects', 'total-arrests', 'other-arrests',
    ]);
    expect(table.offices).toHaveLength(56);
    const figures = officeFigures(index, VI, 'minor-victims');
    expect(table.offices.map((row) => [row.id, row.cells[0]?.value, row.cells[0]?.state])).toEqual(
      figures.map((figure) => [figure.office.id, figure.value, figure.state]),
    );
    expect(table.national.cells.map((cell) => cell.display)).toEqual(['79', '—', '—', '—', '104', '—', '—', '—']);
    expect(table.national.sourceIds).toEqual(['S16']);
    expect(table.offices.filter((row) => row.selected).map((row) => row.id)).toEqual(['anchorage', 'denver']);
  });

  it('sums the offices honestly: at least 79, 36 of 56 reported', () => {
    const view = officesView(table, options());
    expect(view.sum.label).toBe('Sum of the 56 offices');
    expect(view.sum.cells[0]).toMatchObject({ value: 79, display: '79+', spoken: 'at least 79, 36 of 56 reported', coverage: '36 of 56 reported' });
    expect(view.sum.cells[4]).toMatchObject({ value: 104, display: '104+', coverage: '36 of 56 reported' });
    expect(view.sum.cells[1]).toMatchObject({ value: null, display: '—', coverage: '0 of 56 reported' });
  });

  it('sorts by a value, largest first, ties A–Z, zeros before not reported, not reported last', () => {
    const view = officesView(table, options({ sort: { column: 'minor-victims', direction: 'descending' } }));
    expect(minorDisplays(view).slice(0, 9)).toEqual([
      'dallas 6', 'detroit 6', 'milwaukee 6', 'sacramento 6', 'san-francisco 6', 'seattle 6', 'los-angeles 5', 'las-vegas 4', 'atlanta 3',
    ]);
    expect(minorDisplays(view).slice(24, 36)).toEqual([
      'albuquerque 0', 'baltimore 0', 'birmingham 0', 'cleveland 0', 'houston 0', 'indianapolis 0',
      'knoxville 0', 'minneapolis 0', 'newark 0', 'omaha 0', 'richmond 0', 'san-antonio 0',
    ]);
    expect(view.rows.slice(36).map((row) => row.id)).toEqual(NOT_REPORTED_VI);
    expect(view.sortMetric?.id).toBe('minor-victims');
  });

  it('keeps not reported last when sorted smallest first', () => {
    const view = officesView(table, options({ sort: { column: 'minor-victims', direction: 'ascending' } }));
    expect(minorDisplays(view).slice(0, 2)).toEqual(['albuquerque 0', 'baltimore 0']);
    expect(minorDisplays(view).slice(34, 36)).toEqual(['san-francisco 6', 'seattle 6']);
    expect(view.rows.slice(36).map((row) => row.id)).toEqual(NOT_REPORTED_VI);
  });

  it('sorts by office name both ways', () => {
    const ascending = officesView(table, options());
    expect(ascending.rows[0]?.label).toBe('FBI Albany');
    expect(ascending.sortMetric).toBeNull();
    const descending = officesView(table, options({ sort: { column: 'label', direction: 'descending' } }));
    expect(descending.rows.map((row) => row.label).slice(0, 2)).toEqual(['FBI Washington Field Office', 'FBI Tampa']);
  });

  it('searches office names and cities, ignoring case and accents, and sums only what is shown', () => {
    const view = officesView(table, options({ search: '  SAN ' }));
    expect(view.rows.map((row) => row.id)).toEqual(['san-antonio', 'san-diego', 'san-francisco', 'san-juan']);
    expect(view.sum.label).toBe('Sum of the 4 offices shown');
    expect(view.sum.cells[0]).toMatchObject({ value: 8, display: '8+', coverage: '3 of 4 reported' });
    const office = { id: 'x', name: 'FBI Mayagüez', city: 'Mayagüez', state: 'PR', lat: 0, lon: 0, territoryStates: [] };
    expect(matchesOfficeSearch(office, 'mayaguez')).toBe(true);
    expect(matchesOfficeSearch(office, 'denver')).toBe(false);
  });

  it('shows only the selected offices on request, and ignores the request when none is selected', () => {
    const view = officesView(table, options({ selectedOnly: true }));
    expect(view.rows.map((row) => row.id)).toEqual(['anchorage', 'denver']);
    expect(view.sum.cells[0]).toMatchObject({ value: 2, display: '2+', coverage: '1 of 2 reported' });
    expect(view.options.selectedOnly).toBe(true);
    const none = officesView(officesTable(index, VI, metrics, []), options({ selectedOnly: true }));
    expect(none.rows).toHaveLength(56);
    expect(none.options.selectedOnly).toBe(false);
  });

  it('falls back to A–Z when the sorted column is no longer shown', () => {
    const view = officesView(table, options({ sort: { column: 'cities', direction: 'descending' } }));
    expect(view.options.sort).toEqual(DEFAULT_SORT);
    expect(view.rows[0]?.id).toBe('albany');
  });

  it('keeps qualifiers and sources of office values (OCC XIII)', () => {
    const xiii = officesView(officesTable(index, XIII, metrics, []), options({ sort: { column: 'other-arrests', direction: 'descending' } }));
    expect(xiii.rows.slice(0, 3).map((row) => [row.id, row.cells[7]?.display, row.sourceIds])).toEqual([
      ['jacksonville', '16', ['S66']],
      ['new-orleans', '5', ['S64']],
      ['kansas-city', '1', ['S65']],
    ]);
    expect(xiii.national.cells[3]).toMatchObject({ display: '200+', qualifier: 'at-least', state: 'approximate' });
    expect(xiii.hasSynthetic).toBe(false);
  });
});
