import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { MAX_OFFICES } from '../../src/state/filters';
import { createFiltersStore, type FiltersStore } from '../../src/state/filters-store';
import { useUrlSync } from '../../src/state/use-url-sync';
import { validateFilters, type FilterContext } from '../../src/state/validate-filters';
import { DEFAULT_FILTERS } from '../../src/state/filters';

const officeIds = Array.from({ length: 12 }, (_, i) => `office-${String(i + 1)}`);
const context: FilterContext = {
  datasetIds: ['published', 'sample'],
  datasetId: 'published',
  metricIds: ['minor-victims', 'traffickers'],
  editionIds: ['XIII'],
  editionYears: [2023],
  officeIds,
};

let store: StoreApi<FiltersStore>;
beforeEach(() => {
  store = createFiltersStore();
  window.history.replaceState(null, '', '/');
});

describe('corrections the app makes', () => {
  it('replaces the history entry instead of pushing one, so Back never lands on the failing view', () => {
    renderHook(() => useUrlSync(context, store));
    act(() => store.getState().setFilters({ metric: 'traffickers' }));
    const entries = window.history.length;
    act(() => store.getState().setFilters({ dataset: 'sample' }));
    expect(window.history.length).toBe(entries + 1);
    expect(window.location.search).toBe('?dataset=sample&metric=traffickers');

    act(() => store.getState().correctFilters({ dataset: 'published' }));
    expect(window.history.length).toBe(entries + 1);
    expect(window.location.search).toBe('?metric=traffickers');

    act(() => store.getState().setFilters({ metric: 'minor-victims' }));
    expect(window.history.length).toBe(entries + 2);
  });

  it(`keeps at most ${String(MAX_OFFICES)} offices from a URL and names the ones left out`, () => {
    const { filters, notices } = validateFilters({ ...DEFAULT_FILTERS, offices: officeIds }, context);
    expect(filters.offices).toEqual(officeIds.slice(0, 10));
    expect(notices.map((n) => n.message)).toEqual([
      'Only 10 field offices can be compared at once; "office-11", "office-12" were left out.',
    ]);
  });
});
