/**
 * The filters store: what the reader has chosen, plus the notices about URL values that were dropped.
 * Nothing fetched lives here. The URL is the source of truth; use-url-sync.ts keeps the two in step.
 *
 * Components read slices through the hooks at the bottom (never the whole state), so a change of
 * metric does not re-render what only shows offices.
 */
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_FILTERS, sameFilters, type FilterNotice, type Filters } from './filters';

export interface FiltersState {
  filters: Filters;
  notices: FilterNotice[];
  /**
   * How the URL sync records the last change: a reader's choice is a new history entry ('push'); a
   * correction the app makes on the reader's behalf (going back to the last dataset that loaded)
   * replaces the entry, so Back never lands on a view that corrects itself again ('replace').
   */
  historyMode: 'push' | 'replace';
}

export interface FiltersActions {
  /** Patches the filters as given; validation against the dataset happens in the URL sync. */
  setFilters: (patch: Partial<Filters>) => void;
  /** Like setFilters, but the URL entry is replaced rather than pushed (see historyMode). */
  correctFilters: (patch: Partial<Filters>) => void;
  /**
   * Sets the filters wholesale (from the URL) and adds `notices`. Notices already shown stay until
   * dismissed, except those whose value is now in effect (e.g. a dataset id that the catalogue, once
   * loaded, turned out to know).
   */
  replaceFilters: (filters: Filters, notices?: FilterNotice[]) => void;
  /** Adds the office at the end of the chosen order, or removes it if already selected. */
  toggleOffice: (id: string) => void;
  clearOffices: () => void;
  /** Adds notices, skipping ids already shown. */
  addNotices: (notices: FilterNotice[]) => void;
  dismissNotice: (id: string) => void;
}

export type FiltersStore = FiltersState & FiltersActions;

const filtersStoreCreator: StateCreator<FiltersStore> = (set) => ({
  filters: DEFAULT_FILTERS,
  notices: [],
  historyMode: 'push',
  setFilters: (patch) => {
    set((state) => {
      const filters = { ...state.filters, ...patch };
      return sameFilters(filters, state.filters) ? state : { filters, historyMode: 'push' };
    });
  },
  correctFilters: (patch) => {
    set((state) => {
      const filters = { ...state.filters, ...patch };
      return sameFilters(filters, state.filters) ? state : { filters, historyMode: 'replace' };
    });
  },
  replaceFilters: (filters, notices = []) => {
    set((state) => {
      const nextFilters = sameFilters(filters, state.filters) ? state.filters : filters;
      const kept = state.notices.filter((notice) => !isInEffect(notice, nextFilters));
      const nextNotices = mergeNotices(kept, notices);
      // Returning the same state lets an idempotent re-sync notify nobody, which keeps effects calm.
      if (nextFilters === state.filters && sameNoticeIds(nextNotices, state.notices)) return state;
      return { filters: nextFilters, notices: nextNotices };
    });
  },
  toggleOffice: (id) => {
    set((state) => {
      const { offices } = state.filters;
      const next = offices.includes(id) ? offices.filter((office) => office !== id) : [...offices, id];
      return { filters: { ...state.filters, offices: next }, historyMode: 'push' };
    });
  },
  clearOffices: () => {
    set((state) =>
      state.filters.offices.length === 0 ? state : { filters: { ...state.filters, offices: [] }, historyMode: 'push' },
    );
  },
  addNotices: (notices) => {
    set((state) => {
      const merged = mergeNotices(state.notices, notices);
      return merged.length === state.notices.length ? state : { notices: merged };
    });
  },
  dismissNotice: (id) => {
    set((state) => {
      const notices = state.notices.filter((notice) => notice.id !== id);
      return notices.length === state.notices.length ? state : { notices };
    });
  },
});

/** A fresh, independent store (tests, or a second view with its own filters). */
export function createFiltersStore(): StoreApi<FiltersStore> {
  return createStore<FiltersStore>()(filtersStoreCreator);
}

/** The app's store; also a StoreApi (`getState`, `setState`, `subscribe`). Call it with a selector. */
export const useFiltersStore = create<FiltersStore>()(filtersStoreCreator);

function mergeNotices(current: FilterNotice[], added: FilterNotice[]): FilterNotice[] {
  const merged = [...current];
  for (const notice of added) {
    if (!merged.some((shown) => shown.id === notice.id)) merged.push(notice);
  }
  return merged;
}

function sameNoticeIds(a: FilterNotice[], b: FilterNotice[]): boolean {
  return a.length === b.length && a.every((notice, i) => notice.id === b[i]?.id);
}

/** True when the value a notice complained about is, after all, what the filters now hold. */
function isInEffect(notice: FilterNotice, filters: Filters): boolean {
  const current = filters[notice.param];
  if (Array.isArray(current)) return current.includes(notice.value);
  return current !== null && String(current) === notice.value;
}

export const selectFilters = (state: FiltersState): Filters => state.filters;
export const selectNotices = (state: FiltersState): FilterNotice[] => state.notices;

/** All filters; re-renders on any filter change (not on notices). */
export function useFilters(): Filters {
  return useFiltersStore(selectFilters);
}

/** One filter, e.g. `useFilter('offices')`; re-renders only when that value changes. */
export function useFilter<K extends keyof Filters>(key: K): Filters[K] {
  return useFiltersStore((state) => state.filters[key]);
}

export function useFilterNotices(): FilterNotice[] {
  return useFiltersStore(selectNotices);
}

/** The actions, stable across renders (they never change, and useShallow keeps the object). */
export function useFilterActions(): FiltersActions {
  return useFiltersStore(
    useShallow((state) => ({
      setFilters: state.setFilters,
      correctFilters: state.correctFilters,
      replaceFilters: state.replaceFilters,
      toggleOffice: state.toggleOffice,
      clearOffices: state.clearOffices,
      addNotices: state.addNotices,
      dismissNotice: state.dismissNotice,
    })),
  );
}
