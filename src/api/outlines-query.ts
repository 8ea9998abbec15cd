/**
 * The map's state outlines as a static asset of the build (state-outlines.json, derived by
 * scripts/derive-outlines.ts): Vite emits the file with a hashed name and gives us its URL, so it is
 * fetched from the app's own origin (index.html preloads it), cached for good by the browser, and
 * never inlined into a JS chunk. The paths are projected already: the browser only draws them.
 */
import { queryOptions } from '@tanstack/react-query';
import outlinesUrl from './state-outlines.json?url';
import { fetchText } from './http-error';
import { shouldRetry } from './queries';

/** Relative SVG path data (see src/features/office-map/layout/basemap.ts). */
export interface StateOutlines {
  land: string;
  borders: string;
  insetFrames: string;
}

/** Thrown when the file is not the outlines we expect; not retried (asking again will not fix it). */
export class OutlinesFormatError extends Error {
  constructor(url: string, detail: string) {
    super(`The map outlines at ${url} are not usable: ${detail}.`);
    this.name = 'OutlinesFormatError';
  }
}

/** Path data of moves, lines and closes in whole numbers, and nothing else (it ends up in a `d` attribute). */
const PATH_DATA = /^(?:[ml]-?\d+,?-?\d+|z)*$/;

export function parseStateOutlines(text: string, url: string): StateOutlines {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new OutlinesFormatError(url, 'the file is not JSON');
  }
  if (typeof data !== 'object' || data === null) throw new OutlinesFormatError(url, 'the file is not an object');
  const record = data as Record<string, unknown>;
  const read = (key: keyof StateOutlines): string => {
    const value = record[key];
    if (typeof value !== 'string' || !PATH_DATA.test(value)) throw new OutlinesFormatError(url, `"${key}" is not path data`);
    return value;
  };
  return { land: read('land'), borders: read('borders'), insetFrames: read('insetFrames') };
}

export function outlinesQuery(url: string = new URL(outlinesUrl, document.baseURI).href) {
  return queryOptions({
    queryKey: ['outlines', url],
    queryFn: async ({ signal }) => parseStateOutlines(await fetchText(url, signal), url),
    // The outlines change only with a new build (and then the hashed URL changes too).
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (failureCount, error) => !(error instanceof OutlinesFormatError) && shouldRetry(failureCount, error),
  });
}
