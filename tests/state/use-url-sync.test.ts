import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { DEFAULT_FILTERS } from '../../src/state/filters';
import { createFiltersStore, type FiltersStore } from '../../src/state/filters-store';
import { useUrlSync } from '../../src/state/use-url-sync';
import type { FilterContext } from '../../src/state/validate-filters';

const context: FilterContext = {
  datasetIds: ['published', 'sample'],
  datasetId: 'published',
  metricIds: ['minor-victims', 'pimps-arrested'],
  editionIds: ['XII', 'XIII'],
  editionYears: [2022, 2023, 2024, 2025],
  officeIds: ['denver', 'san-juan', 'boston'],
};

let store: StoreApi<FiltersStore>;

function visit(url: string): void {
  window.history.replaceState(null, '', url);
}

function renderSync(initial: FilterContext | null) {
  return renderHook(({ ctx }: { ctx: FilterContext | null }) => useUrlSync(ctx, store), {
    initialProps: { ctx: initial },
  });
}

beforeEach(() => {
  store = createFiltersStore();
  visit('/');
});

describe('useUrlSync', () => {
  it('on mount with a context, drops unknown values with notices and replaces the URL', () => {
    visit('/?metric=bogus&offices=denver,gotham');
    const entries = window.history.length;
    renderSync(context);
    expect(store.getState().filters).toEqual({ ...DEFAULT_FILTERS, offices: ['denver'] });
    expect(store.getState().notices.map((n) => [n.id, n.message])).toEqual([
      ['metric=bogus', 'Unknown metric "bogus" in metric was ignored; showing the default metric.'],
      ['offices=gotham', 'Unknown field office "gotham" in offices was ignored.'],
    ]);
    expect(window.location.search).toBe('?offices=denver');
    expect(window.history.length).toBe(entries);
  });

  it('before the dataset loads, reads the URL without touching it; validates once the context arrives', () => {
    visit('/?metric=bogus&from=abc&scenario=slow');
    const { rerender } = renderSync(null);
    expect(store.getState().filters.metric).toBe('bogus');
    expect(store.getState().notices.map((n) => n.id)).toEqual(['from=abc']);
    expect(window.location.search).toBe('?metric=bogus&from=abc&scenario=slow');

    rerender({ ctx: context });
    expect(store.getState().filters).toEqual(DEFAULT_FILTERS);
    expect(store.getState().notices.map((n) => n.id)).toEqual(['from=abc', 'metric=bogus']);
    expect(window.location.search).toBe('?scenario=slow');
  });

  it('withdraws a dataset notice once the catalogue knows the id', () => {
    visit('/?dataset=imported-1');
    const { rerender } = renderSync(null);
    expect(store.getState().filters.dataset).toBe('published');
    expect(store.getState().notices.map((n) => n.id)).toEqual(['dataset=imported-1']);

    rerender({ ctx: { ...context, datasetIds: ['published', 'sample', 'imported-1'] } });
    expect(store.getState().filters.dataset).toBe('imported-1');
    expect(store.getState().notices).toEqual([]);
    expect(window.location.search).toBe('?dataset=imported-1');
  });

  it('pushes one history entry per filter change, keeping other parameters', () => {
    visit('/?scenario=slow&offices=denver');
    renderSync(context);
    const entries = window.history.length;

    act(() => store.getState().setFilters({ metric: 'pimps-arrested' }));
    expect(window.location.search).toBe('?scenario=slow&metric=pimps-arrested&offices=denver');
    expect(window.history.length).toBe(entries + 1);

    act(() => store.getState().toggleOffice('san-juan'));
    expect(window.location.search).toBe('?scenario=slow&metric=pimps-arrested&offices=denver,san-juan');
    expect(window.history.length).toBe(entries + 2);
  });

  it('does not push when a change leaves the URL as it is', () => {
    renderSync(context);
    const entries = window.history.length;
    act(() => store.getState().setFilters({ metric: 'minor-victims' }));
    act(() => store.getState().addNotices([{ id: 'x=1', param: 'metric', value: '1', message: 'm' }]));
    expect(window.history.length).toBe(entries);
  });

  it('restores the filters on popstate without pushing', () => {
    visit('/?edition=XII');
    renderSync(context);
    visit('/?metric=pimps-arrested&offices=boston,gotham');
    const entries = window.history.length;

    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(store.getState().filters).toEqual({ ...DEFAULT_FILTERS, metric: 'pimps-arrested', offices: ['boston'] });
    expect(store.getState().notices.map((n) => n.id)).toEqual(['offices=gotham']);
    expect(window.location.search).toBe('?metric=pimps-arrested&offices=boston');
    expect(window.history.length).toBe(entries);
  });

  it('goes back to the previous filters with history.back()', async () => {
    visit('/?edition=XII');
    renderSync(context);
    act(() => store.getState().setFilters({ edition: 'XIII', from: 2023 }));
    expect(window.location.search).toBe('?from=2023&edition=XIII');

    act(() => window.history.back());
    await waitFor(() => expect(store.getState().filters.edition).toBe('XII'));
    expect(store.getState().filters.from).toBeNull();
    expect(window.location.search).toBe('?edition=XII');
  });

  it('re-validates when the context changes, replacing rather than pushing', () => {
    visit('/?dataset=sample&edition=S1');
    const sample: FilterContext = { ...context, datasetId: 'sample', editionIds: ['S1'] };
    const { rerender } = renderSync(sample);
    expect(store.getState().filters.edition).toBe('S1');

    act(() => store.getState().setFilters({ dataset: 'published' }));
    expect(window.location.search).toBe('?edition=S1');
    const entries = window.history.length;

    // The old context is still current while the new dataset loads: the edition is not judged yet.
    rerender({ ctx: { ...sample } });
    expect(store.getState().filters.edition).toBe('S1');

    rerender({ ctx: context });
    expect(store.getState().filters.edition).toBeNull();
    expect(store.getState().notices.map((n) => n.id)).toEqual(['edition=S1']);
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(entries);
  });

  it('behaves the same under StrictMode (effects run twice)', () => {
    visit('/?metric=bogus&offices=denver,gotham');
    const entries = window.history.length;
    renderHook(() => useUrlSync(context, store), { reactStrictMode: true });
    expect(store.getState().notices.map((n) => n.id)).toEqual(['metric=bogus', 'offices=gotham']);
    expect(window.location.search).toBe('?offices=denver');
    act(() => store.getState().setFilters({ from: 2022 }));
    expect(window.location.search).toBe('?from=2022&offices=denver');
    expect(window.history.length).toBe(entries + 1);
  });

  it('stops syncing after unmount', () => {
    const { unmount } = renderSync(context);
    unmount();
    const entries = window.history.length;
    store.getState().setFilters({ metric: 'pimps-arrested' });
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(entries);
    expect(store.getState().filters.metric).toBe('pimps-arrested');
  });
});
