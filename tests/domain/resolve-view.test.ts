import { describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../../src/domain/dataset-index';
import { resolveView } from '../../src/domain/resolve-view';
import { suppressCounts } from '../../src/domain/suppress-counts';
import { DEFAULT_VIEW_REQUEST } from '../../src/domain/view-request';
import type { ViewRequest } from '../../src/domain/view-request';
import { publishedIndex } from '../features/breakdown/published-index';
import { miniDataset } from '../fixtures/mini-dataset';

const index = publishedIndex();
const request = (patch: Partial<ViewRequest>): ViewRequest => ({ ...DEFAULT_VIEW_REQUEST, ...patch });
const resolve = (patch: Partial<ViewRequest>) => resolveView(index, request(patch));
const messages = (patch: Partial<ViewRequest>) => resolve(patch).notices.map((notice) => notice.message);

describe('resolveView on the published dataset', () => {
  it('resolves the default request to OCC XIII, minor victims, 2008–2025, key columns, no notices', () => {
    const { view, notices } = resolve({});
    expect(notices).toEqual([]);
    expect(view?.request).toEqual(DEFAULT_VIEW_REQUEST);
    expect(view?.metric.id).toBe('minor-victims');
    expect([view?.firstYear, view?.lastYear]).toEqual([2008, 2025]);
    expect(view?.focus?.id).toBe('XIII');
    expect(view?.latest?.id).toBe('XIII');
    expect(view?.offices).toEqual([]);
    expect(view?.columns.map((metric) => metric.id)).toEqual([
      'minor-victims', 'missing-children', 'adult-victims', 'total-victims', 'traffickers', 'exploitation-suspects', 'total-arrests', 'other-arrests',
    ]);
  });

  it('passes a valid request through unchanged, every option included', () => {
    const valid = request({
      metric: 'traffickers',
      from: 2010,
      to: 2017,
      edition: 'VI',
      offices: ['san-juan', 'denver'],
      scale: 'independent',
      columns: 'all',
      officeSort: { column: 'cities', direction: 'descending' },
      editionSort: { column: 'label', direction: 'descending' },
      search: 'san',
      rows: 'selected',
    });
    const { view, notices } = resolveView(index, valid);
    expect(notices).toEqual([]);
    expect(view?.request).toEqual(valid);
    expect(view?.focus?.id).toBe('VI');
    expect(view?.offices.map((office) => office.name)).toEqual(['FBI San Juan', 'FBI Denver']);
    expect(view?.columns).toHaveLength(12);
  });

  it('does not mutate the request it is given', () => {
    const input = request({ metric: 'bogus', offices: ['gotham'] });
    resolveView(index, input);
    expect(input).toEqual(request({ metric: 'bogus', offices: ['gotham'] }));
  });

  it('replaces an unknown metric with the default and says so', () => {
    const { view, notices } = resolve({ metric: 'bogus' });
    expect(view?.request).toEqual(DEFAULT_VIEW_REQUEST);
    expect(notices).toEqual([
      { id: 'metric=bogus', param: 'metric', value: 'bogus', message: 'Unknown metric "bogus" in metric was ignored; showing the default metric.' },
    ]);
  });

  it('drops years outside the axis, keeping gap years on it, and a to before from', () => {
    expect(resolve({ from: 2011, to: 2024 }).notices).toEqual([]);
    expect(messages({ from: 2005, to: 2030 })).toEqual([
      '"2005" in from is outside the years covered (2008–2025) and was ignored; showing from the first year.',
      '"2030" in to is outside the years covered (2008–2025) and was ignored; showing through the last year.',
    ]);
    const inverted = resolve({ from: 2015, to: 2010 });
    expect(inverted.view?.request).toEqual(request({ from: 2015 }));
    expect([inverted.view?.firstYear, inverted.view?.lastYear]).toEqual([2015, 2025]);
  });

  it('clears an unknown edition, explaining a year given as one from what the dataset says', () => {
    expect(messages({ edition: 'XX' })).toEqual(['Unknown edition "XX" in edition was ignored; showing the latest edition.']);
    expect(messages({ edition: '2011' })).toEqual(['"2011" is not an edition (no operation that year); showing the latest edition.']);
    expect(messages({ edition: '2024' })).toEqual([
      '"2024" is not an edition (no results were published for that year); showing the latest edition.',
    ]);
    expect(messages({ edition: '2012' })).toEqual(['"2012" is not an edition (edition VI ran that year); showing the latest edition.']);
    expect(messages({ edition: '2008' })).toEqual([
      '"2008" is not an edition (editions I and II ran that year); showing the latest edition.',
    ]);
    expect(messages({ edition: '1999' })).toEqual([
      '"1999" is not an edition (the data hold no edition that year); showing the latest edition.',
    ]);
    expect(resolve({ edition: '2011' }).view?.focus?.id).toBe('XIII');
  });

  it('removes each unknown office with its own notice, keeps the chosen order, and at most ten', () => {
    const { view, notices } = resolve({ offices: ['san-juan', 'gotham', 'denver', 'metropolis', 'san-juan'] });
    expect(view?.request.offices).toEqual(['san-juan', 'denver']);
    expect(notices.map((notice) => notice.id)).toEqual(['offices=gotham', 'offices=metropolis']);
    const twelve = index.dataset.offices.slice(0, 12).map((office) => office.id);
    const capped = resolve({ offices: twelve });
    expect(capped.view?.request.offices).toEqual(twelve.slice(0, 10));
    expect(capped.notices.map((notice) => notice.message)).toEqual([
      'Only 10 field offices can be compared at once; "cincinnati", "cleveland" were left out.',
    ]);
  });

  it('drops a sort by a metric the dataset lacks with a notice, and one not among the columns quietly', () => {
    const unknown = resolve({ officeSort: { column: 'bogus', direction: 'descending' } });
    expect(unknown.view?.request.officeSort).toEqual(DEFAULT_VIEW_REQUEST.officeSort);
    expect(unknown.notices.map((notice) => notice.message)).toEqual([
      'Unknown column "-bogus" in office-sort was ignored; sorting by the first column.',
    ]);
    // Cities is a column only when the reader widens the columns.
    const hidden = resolve({ editionSort: { column: 'cities', direction: 'ascending' } });
    expect(hidden.view?.request.editionSort).toEqual(DEFAULT_VIEW_REQUEST.editionSort);
    expect(hidden.notices).toEqual([]);
  });

  it('keeps "only the selected offices" only while offices are selected', () => {
    expect(resolve({ rows: 'selected' }).view?.request.rows).toBe('all');
    expect(resolve({ rows: 'selected', offices: ['denver'] }).view?.request.rows).toBe('selected');
    expect(resolve({ rows: 'selected' }).notices).toEqual([]);
  });

  it('is idempotent: the resolved request resolves to itself, with no notices', () => {
    const messy = request({
      metric: 'bogus',
      from: 2030,
      to: 2005,
      edition: '2011',
      offices: ['gotham', 'denver', 'denver'],
      officeSort: { column: 'cities', direction: 'descending' },
      rows: 'selected',
    });
    const once = resolveView(index, messy).view?.request;
    if (!once) throw new Error('no view');
    const twice = resolveView(index, once);
    expect(twice.notices).toEqual([]);
    expect(twice.view?.request).toEqual(once);
  });

  it('keeps the identity of unchanged lists from the previous view', () => {
    const first = resolve({ offices: ['denver'] }).view;
    const second = resolveView(index, request({ offices: ['denver'], search: 'den' }), first).view;
    expect(second?.offices).toBe(first?.offices);
    expect(second?.columns).toBe(first?.columns);
    const third = resolveView(index, request({ offices: ['denver', 'boston'] }), second).view;
    expect(third?.offices).not.toBe(second?.offices);
  });
});

describe('resolveView on other datasets', () => {
  it('falls back to the first metric when the dataset lacks the default one', () => {
    const dataset = miniDataset();
    const mini = indexDataset({ ...dataset, metrics: dataset.metrics.filter((metric) => metric.id !== 'minor-victims') });
    const { view } = resolveView(mini, DEFAULT_VIEW_REQUEST);
    expect(view?.metric.id).toBe(mini.dataset.metrics[0]?.id);
  });

  it('keeps years when the dataset has no time axis to check them against', () => {
    const dataset = miniDataset();
    const empty = indexDataset({ ...dataset, editions: [], gaps: [], observations: [], wording: [] });
    const { view, notices } = resolveView(empty, request({ from: 1990 }));
    expect(notices).toEqual([]);
    expect(view?.request.from).toBe(1990);
    expect(view?.focus).toBeUndefined();
  });

  it('has no view for a dataset without metrics', () => {
    const dataset = miniDataset();
    expect(resolveView(indexDataset({ ...dataset, metrics: [], observations: [], wording: [] }), DEFAULT_VIEW_REQUEST).view).toBeUndefined();
  });

  it('waits for release mode\'s code rather than show a count unprotected, then carries its model', () => {
    const asked = request({ suppress: 10 });
    const waiting = resolveView(index, asked);
    expect(waiting.view).toBeUndefined();
    expect(waiting.awaitingSuppressor).toBe(true);
    const suppressor = vi.fn(suppressCounts);
    const { view } = resolveView(index, asked, undefined, suppressor);
    expect(suppressor).toHaveBeenCalledWith(index.dataset, { threshold: 10, hidePublished: false });
    expect(view?.suppression?.threshold).toBe(10);
    // Without release mode the code is never asked for.
    expect(resolveView(index, request({}), undefined, suppressor).view?.suppression).toBeUndefined();
    expect(suppressor).toHaveBeenCalledTimes(1);
  });
});
