/**
 * The state outlines (us-atlas states-10m, TopoJSON) as a static asset of the build: Vite emits the
 * file with a hashed name and gives us its URL, so it is fetched from the app's own origin, cached
 * for good by the browser, and never inlined into a JS chunk.
 */
import { queryOptions } from '@tanstack/react-query';
import statesAtlasUrl from 'us-atlas/states-10m.json?url';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fetchText } from './http-error';
import { shouldRetry } from './queries';

export type StatesTopology = Topology<{ states: GeometryCollection; nation: GeometryCollection }>;

/** Thrown when the file is not the atlas we expect; not retried (asking again will not fix it). */
export class AtlasFormatError extends Error {
  constructor(url: string, detail: string) {
    super(`The map outlines at ${url} are not usable: ${detail}.`);
    this.name = 'AtlasFormatError';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCollection(value: unknown): value is GeometryCollection {
  return isObject(value) && value.type === 'GeometryCollection' && Array.isArray(value.geometries);
}

/** Checks the parts the map reads: a Topology with arcs and the `states` and `nation` collections. */
export function parseStatesTopology(text: string, url: string): StatesTopology {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AtlasFormatError(url, 'the file is not JSON');
  }
  if (!isObject(data) || data.type !== 'Topology' || !Array.isArray(data.arcs) || !isObject(data.objects)) {
    throw new AtlasFormatError(url, 'the file is not a TopoJSON topology');
  }
  if (!isCollection(data.objects.states) || !isCollection(data.objects.nation)) {
    throw new AtlasFormatError(url, 'the topology has no "states" and "nation" collections');
  }
  return data as unknown as StatesTopology;
}

export function statesAtlasQuery(url: string = new URL(statesAtlasUrl, document.baseURI).href) {
  return queryOptions({
    queryKey: ['atlas', 'states-10m', url],
    queryFn: async ({ signal }) => parseStatesTopology(await fetchText(url, signal), url),
    // The outlines change only with a new build (and then the hashed URL changes too).
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (failureCount, error) => !(error instanceof AtlasFormatError) && shouldRetry(failureCount, error),
  });
}
