/**
 * The view store: the reader's request as the address bar holds it, and the notices about values
 * that were dropped from it. Nothing derivable lives here: the dataset on screen comes from the query
 * cache and the resolved View from resolveView (src/app/view-context.tsx).
 *
 * The URL is the source of truth and this store is its one writer: a reader's change pushes a history
 * entry, a correction the app makes on the reader's behalf (a dropped value, a dataset that failed to
 * load) replaces the entry, so Back never lands on a view that corrects itself again. Back and Forward
 * read the URL back in (useHistorySync). No effect loop keeps two copies in step.
 */
import { create } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StateCreator, StoreApi } from 'zustand/vanilla';
import { sameRequest } from '../domain/view-request';
import type { ViewNotice, ViewRequest } from '../domain/view-request';
import { parseViewRequest, serializeViewRequest } from './url-params';
import { afterNextPaint } from '../ui/after-next-paint';
import { useEffect } from 'react';

/** The part of `window` the store needs; tests pass their own. */
export interface AddressBar {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
  /**
   * Runs an address-bar write later (the browser: after the next paint). A history call takes several
   * milliseconds in Chromium, so the view a change asks for is painted first and the URL follows; without
   * it (tests), writes happen at once.
   */
  later?: (write: () => void) => void;
}

export interface ViewStoreState {
  request: ViewRequest;
  notices: ViewNotice[];
}

export interface ViewStoreActions {
  /**
   * A reader's choice: patches the request and pushes a history entry. `replace` is for choices made
   * keystroke by keystroke (the table search), so Back skips over each letter.
   */
  navigate: (patch: Partial<ViewRequest>, options?: { replace?: boolean }) => void;
  /** The app's correction (see the module comment): the resolved request, replacing the entry, with notices. */
  correct: (request: ViewRequest, notices: readonly ViewNotice[]) => void;
  /** Reads the address bar (at start, and on Back/Forward); syntax notices are added. */
  readUrl: () => void;
  /** Adds the office at the end of the chosen order, or removes it if already selected. */
  toggleOffice: (id: string) => void;
  dismissNotice: (id: string) => void;
}

export type ViewStore = ViewStoreState & ViewStoreActions;

function writeUrl(bar: AddressBar, request: ViewRequest, mode: 'push' | 'replace'): void {
  const search = serializeViewRequest(request, bar.location.search);
  if (search === bar.location.search) return;
  const url = `${bar.location.pathname}${search}${bar.location.hash}`;
  try {
    if (mode === 'push') bar.history.pushState(null, '', url);
    else bar.history.replaceState(bar.history.state, '', url);
  } catch {
    // Browsers throttle history calls (Safari throws after ~100 in 30 s); the view stays correct,
    // only the address bar lags, which the next change repairs.
  }
}

function mergeNotices(current: readonly ViewNotice[], added: readonly ViewNotice[]): ViewNotice[] {
  const merged = [...current];
  for (const notice of added) {
    if (!merged.some((shown) => shown.id === notice.id)) merged.push(notice);
  }
  return merged;
}

function viewStoreCreator(bar: AddressBar): StateCreator<ViewStore> {
  return (set, get) => {
    const initial = parseViewRequest(bar.location.search);
    const later = bar.later ?? ((write: () => void) => write());
    const apply = (next: ViewRequest, mode: 'push' | 'replace'): boolean => {
      if (sameRequest(next, get().request)) return false;
      later(() => writeUrl(bar, next, mode));
      set({ request: next });
      return true;
    };
    return {
      request: initial.request,
      notices: initial.notices,
      navigate: (patch, options) => {
        apply({ ...get().request, ...patch }, options?.replace ? 'replace' : 'push');
      },
      correct: (request, notices) => {
        apply(request, 'replace');
        const merged = mergeNotices(get().notices, notices);
        if (merged.length !== get().notices.length) set({ notices: merged });
      },
      readUrl: () => {
        const parsed = parseViewRequest(bar.location.search);
        if (!sameRequest(parsed.request, get().request)) set({ request: parsed.request });
        const merged = mergeNotices(get().notices, parsed.notices);
        if (merged.length !== get().notices.length) set({ notices: merged });
      },
      toggleOffice: (id) => {
        const { offices } = get().request;
        const next = offices.includes(id) ? offices.filter((office) => office !== id) : [...offices, id];
        apply({ ...get().request, offices: next }, 'push');
      },
      dismissNotice: (id) => {
        const notices = get().notices.filter((notice) => notice.id !== id);
        if (notices.length !== get().notices.length) set({ notices });
      },
    };
  };
}

/** A fresh, independent store over any address bar (tests). */
export function createViewStore(bar: AddressBar): StoreApi<ViewStore> {
  return createStore<ViewStore>()(viewStoreCreator(bar));
}

const browserBar: AddressBar =
  typeof window === 'undefined'
    ? { location: { pathname: '/', search: '', hash: '' }, history: { pushState: () => undefined, replaceState: () => undefined, state: null } }
    : { location: window.location, history: window.history, later: afterNextPaint };

/** The app's store, over the browser's address bar. Call it with a selector. */
export const useViewStore = create<ViewStore>()(viewStoreCreator(browserBar));

/** Back and Forward: the store reads the address bar again (it already did at start). */
export function useHistorySync(): void {
  const readUrl = useViewStore((state) => state.readUrl);
  useEffect(() => {
    window.addEventListener('popstate', readUrl);
    return () => window.removeEventListener('popstate', readUrl);
  }, [readUrl]);
}
