/**
 * Keeps the filters store and the address bar in step. The URL is the source of truth:
 *
 * - mount: parse `location.search` into the store (syntax only until the dataset is known);
 * - context (the loaded dataset) arrives or changes: re-read the URL, validate, canonicalise it with
 *   replaceState (a dropped value disappears), then update the store;
 * - popstate (Back/Forward): re-read and validate the same way, never pushing;
 * - any other filter change (the reader's): pushState the serialised URL when it differs; a correction
 *   the app makes (store.correctFilters) replaces the entry instead.
 *
 * Writes that come from the URL run under `applyingUrl`, so the store subscription does not echo
 * them back as new history entries; that flag is the only loop guard needed.
 */
import { useEffect, useRef } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { DEFAULT_FILTERS, type FilterNotice, type Filters } from './filters';
import { useFiltersStore, type FiltersStore } from './filters-store';
import { parseFilters, serializeFilters } from './url-params';
import { validateFilters, type FilterContext } from './validate-filters';

/**
 * Pass a memoised context (or null while the dataset loads). A new context object re-validates,
 * which is harmless but wasted work. `store` is for tests; the app uses the default.
 */
export function useUrlSync(context: FilterContext | null, store: StoreApi<FiltersStore> = useFiltersStore): void {
  const applyingUrl = useRef(false);
  const latestContext = useRef(context);

  // Reader's changes → URL, and Back/Forward → store. Declared first so it is listening before the
  // effect below writes the store (effects run in order).
  useEffect(() => {
    const unsubscribe = store.subscribe((state, previous) => {
      if (applyingUrl.current || state.filters === previous.filters) return;
      const search = serializeFilters(state.filters, window.location.search);
      if (search !== window.location.search) updateHistory(state.historyMode, search);
    });
    const onPopState = () => {
      syncFromUrl(store, latestContext.current, applyingUrl);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [store]);

  // Mount (context usually null) and every new context.
  useEffect(() => {
    latestContext.current = context;
    syncFromUrl(store, context, applyingUrl);
  }, [context, store]);
}

/** URL → store. Canonicalises the URL first, so the store update finds nothing left to push. */
function syncFromUrl(
  store: StoreApi<FiltersStore>,
  context: FilterContext | null,
  applyingUrl: { current: boolean },
): void {
  const { filters, notices } = readUrl(window.location.search, context);
  if (context !== null) {
    const canonical = serializeFilters(filters, window.location.search);
    if (canonical !== window.location.search) updateHistory('replace', canonical);
  }
  applyingUrl.current = true;
  try {
    store.getState().replaceFilters(filters, notices);
  } finally {
    applyingUrl.current = false;
  }
}

function readUrl(search: string, context: FilterContext | null): { filters: Filters; notices: FilterNotice[] } {
  try {
    const parsed = parseFilters(search, context ? { datasetIds: context.datasetIds } : {});
    if (context === null) return parsed;
    const validated = validateFilters(parsed.filters, context);
    return { filters: validated.filters, notices: [...parsed.notices, ...validated.notices] };
  } catch {
    // Neither function is expected to throw; if one ever does, a bad link still must not break the
    // page, so fall back to the default view.
    return { filters: DEFAULT_FILTERS, notices: [] };
  }
}

function updateHistory(mode: 'push' | 'replace', search: string): void {
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  try {
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
  } catch {
    // Browsers throttle history calls (Safari throws after ~100 in 30 s); the view stays correct,
    // only the address bar lags, which the next change repairs.
  }
}
