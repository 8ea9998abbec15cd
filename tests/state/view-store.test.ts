import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_REQUEST } from '../../src/domain/view-request';
import type { ViewNotice } from '../../src/domain/view-request';
import { createViewStore } from '../../src/state/view-store';
import type { AddressBar } from '../../src/state/view-store';

/** An address bar in memory: every entry the store pushes or replaces, and the current one. */
function fakeBar(search = '') {
  const entries: string[] = [`/${search}`];
  let current = 0;
  const location = { pathname: '/', search, hash: '' };
  const go = (url: string) => {
    location.search = url.slice(url.indexOf('?') === -1 ? url.length : url.indexOf('?'));
  };
  const bar: AddressBar = {
    location,
    history: {
      state: null,
      pushState: (_data: unknown, _unused: string, url?: string | URL | null) => {
        entries.splice(current + 1, entries.length, String(url));
        current += 1;
        go(String(url));
      },
      replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => {
        entries[current] = String(url);
        go(String(url));
      },
    },
  };
  return {
    bar,
    entries,
    /** Back, as the browser does it: the address changes, then the app reads it. */
    back: () => {
      current -= 1;
      go(entries[current] ?? '/');
    },
  };
}

const notice = (id: string): ViewNotice => ({ id, param: id.split('=')[0] ?? '', value: id.split('=')[1] ?? '', message: id });

describe('the view store', () => {
  it('starts from the address bar, with the notices of values it could not read', () => {
    const { bar } = fakeBar('?metric=traffickers&from=abc&scale=independent');
    const store = createViewStore(bar);
    expect(store.getState().request).toEqual({ ...DEFAULT_VIEW_REQUEST, metric: 'traffickers', scale: 'independent' });
    expect(store.getState().notices.map((n) => n.id)).toEqual(['from=abc']);
  });

  it('pushes one entry per reader’s change, keeping parameters it does not own', () => {
    const { bar, entries } = fakeBar('?scenario=slow&offices=denver');
    const store = createViewStore(bar);
    store.getState().navigate({ metric: 'traffickers' });
    store.getState().toggleOffice('san-juan');
    store.getState().navigate({ officeSort: { column: 'traffickers', direction: 'descending' } });
    expect(entries).toEqual([
      '/?scenario=slow&offices=denver',
      '/?scenario=slow&metric=traffickers&offices=denver',
      '/?scenario=slow&metric=traffickers&offices=denver,san-juan',
      '/?scenario=slow&metric=traffickers&offices=denver,san-juan&office-sort=-traffickers',
    ]);
  });

  it('pushes nothing when a change leaves the view as it is', () => {
    const { bar, entries } = fakeBar();
    const store = createViewStore(bar);
    const before = store.getState();
    store.getState().navigate({ metric: 'minor-victims', search: '' });
    expect(entries).toHaveLength(1);
    expect(store.getState()).toBe(before);
  });

  it('replaces the entry for each keystroke of a search, so Back skips the letters', () => {
    const { bar, entries } = fakeBar();
    const store = createViewStore(bar);
    store.getState().navigate({ edition: 'VI' });
    for (const search of ['d', 'de', 'den']) store.getState().navigate({ search }, { replace: true });
    expect(entries).toEqual(['/', '/?edition=VI&search=den']);
  });

  it('replaces the entry for a correction and keeps its notices until dismissed', () => {
    const { bar, entries } = fakeBar('?metric=bogus');
    const store = createViewStore(bar);
    store.getState().correct(DEFAULT_VIEW_REQUEST, [notice('metric=bogus')]);
    expect(entries).toEqual(['/']);
    store.getState().correct(DEFAULT_VIEW_REQUEST, [notice('metric=bogus')]);
    expect(store.getState().notices.map((n) => n.id)).toEqual(['metric=bogus']);
    store.getState().dismissNotice('metric=bogus');
    expect(store.getState().notices).toEqual([]);
  });

  it('reads the address bar again on Back, without writing to it', () => {
    const { bar, entries, back } = fakeBar();
    const store = createViewStore(bar);
    store.getState().navigate({ edition: 'XII' });
    store.getState().navigate({ scale: 'independent' });
    back();
    store.getState().readUrl();
    expect(store.getState().request).toEqual({ ...DEFAULT_VIEW_REQUEST, edition: 'XII' });
    expect(entries).toEqual(['/', '/?edition=XII', '/?edition=XII&scale=independent']);
  });

  it('adds an office at the end of the chosen order and removes it on a second toggle', () => {
    const { bar } = fakeBar('?offices=denver');
    const store = createViewStore(bar);
    store.getState().toggleOffice('boston');
    expect(store.getState().request.offices).toEqual(['denver', 'boston']);
    store.getState().toggleOffice('denver');
    expect(store.getState().request.offices).toEqual(['boston']);
    expect(bar.location.search).toBe('?offices=boston');
  });
});
