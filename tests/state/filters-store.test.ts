import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type FilterNotice } from '../../src/state/filters';
import { createFiltersStore, useFilter, useFilterActions, useFiltersStore } from '../../src/state/filters-store';

const notice = (param: FilterNotice['param'], value: string): FilterNotice => ({
  id: `${param}=${value}`,
  param,
  value,
  message: `${param} ${value}`,
});

describe('filters store', () => {
  it('starts at the defaults with no notices', () => {
    const store = createFiltersStore();
    expect(store.getState().filters).toEqual(DEFAULT_FILTERS);
    expect(store.getState().notices).toEqual([]);
  });

  it('gives each factory call its own state', () => {
    const a = createFiltersStore();
    const b = createFiltersStore();
    a.getState().setFilters({ metric: 'arrests' });
    expect(b.getState().filters.metric).toBe('minor-victims');
  });

  it('setFilters patches only the given keys', () => {
    const store = createFiltersStore();
    store.getState().setFilters({ metric: 'arrests', from: 2010 });
    store.getState().setFilters({ to: 2017 });
    expect(store.getState().filters).toEqual({ ...DEFAULT_FILTERS, metric: 'arrests', from: 2010, to: 2017 });
  });

  it('setFilters with nothing new notifies nobody', () => {
    const store = createFiltersStore();
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.getState().setFilters({ metric: 'minor-victims', offices: [] });
    expect(calls).toBe(0);
  });

  it('toggleOffice appends in the order chosen and removes on a second toggle', () => {
    const store = createFiltersStore();
    const { toggleOffice } = store.getState();
    toggleOffice('san-juan');
    toggleOffice('denver');
    toggleOffice('boston');
    expect(store.getState().filters.offices).toEqual(['san-juan', 'denver', 'boston']);
    toggleOffice('denver');
    expect(store.getState().filters.offices).toEqual(['san-juan', 'boston']);
  });

  it('clearOffices empties the selection and leaves the rest', () => {
    const store = createFiltersStore();
    store.getState().setFilters({ metric: 'arrests', offices: ['denver', 'boston'] });
    store.getState().clearOffices();
    expect(store.getState().filters).toEqual({ ...DEFAULT_FILTERS, metric: 'arrests' });
  });

  it('addNotices skips ids already shown; dismissNotice removes one', () => {
    const store = createFiltersStore();
    store.getState().addNotices([notice('metric', 'bogus'), notice('offices', 'gotham')]);
    store.getState().addNotices([notice('offices', 'gotham'), notice('from', 'abc')]);
    expect(store.getState().notices.map((n) => n.id)).toEqual(['metric=bogus', 'offices=gotham', 'from=abc']);
    store.getState().dismissNotice('offices=gotham');
    expect(store.getState().notices.map((n) => n.id)).toEqual(['metric=bogus', 'from=abc']);
  });

  it('replaceFilters sets all filters and merges notices', () => {
    const store = createFiltersStore();
    store.getState().addNotices([notice('metric', 'bogus')]);
    const next = { ...DEFAULT_FILTERS, dataset: 'sample', offices: ['denver'] };
    store.getState().replaceFilters(next, [notice('offices', 'gotham'), notice('metric', 'bogus')]);
    expect(store.getState().filters).toEqual(next);
    expect(store.getState().notices.map((n) => n.id)).toEqual(['metric=bogus', 'offices=gotham']);
  });

  it('replaceFilters drops a notice whose value is now in effect', () => {
    const store = createFiltersStore();
    store.getState().addNotices([notice('dataset', 'imported-1'), notice('offices', 'guam'), notice('from', '2010')]);
    store.getState().replaceFilters({ ...DEFAULT_FILTERS, dataset: 'imported-1', offices: ['guam'] });
    expect(store.getState().notices.map((n) => n.id)).toEqual(['from=2010']);
  });

  it('replaceFilters with the same filters and no new notices notifies nobody', () => {
    const store = createFiltersStore();
    store.getState().replaceFilters({ ...DEFAULT_FILTERS, offices: ['denver'] }, [notice('metric', 'x')]);
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.getState().replaceFilters({ ...DEFAULT_FILTERS, offices: ['denver'] }, [notice('metric', 'x')]);
    expect(calls).toBe(0);
  });
});

describe('slice hooks', () => {
  beforeEach(() => {
    useFiltersStore.setState(useFiltersStore.getInitialState(), true);
  });

  it('useFilter re-renders for its own key only', () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useFilter('offices');
    });
    expect(result.current).toEqual([]);
    act(() => useFiltersStore.getState().setFilters({ metric: 'arrests' }));
    expect(renders).toBe(1);
    act(() => useFiltersStore.getState().toggleOffice('denver'));
    expect(result.current).toEqual(['denver']);
    expect(renders).toBe(2);
  });

  it('useFilterActions returns the same actions across renders', () => {
    const { result, rerender } = renderHook(() => useFilterActions());
    const first = result.current;
    act(() => first.setFilters({ from: 2012 }));
    rerender();
    expect(result.current).toBe(first);
    expect(useFiltersStore.getState().filters.from).toBe(2012);
  });
});
