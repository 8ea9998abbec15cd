/**
 * Requests started before the app has rendered anything: the catalogue and the dataset the address
 * asks for, fetched while the app's code is still being evaluated (and, for the default page, already
 * preloaded by index.html), so no data request waits for a render (issue 11). The first loader that
 * asks for such a URL takes the response; later requests fetch as usual.
 */
import { CATALOGUE_PATH, dataBaseUrl, dataUrl } from './base-url';
import { VERIFIED } from './verified-data';

const pending = new Map<string, Promise<Response>>();

function prefetch(url: string): void {
  if (pending.has(url)) return;
  const response = fetch(url);
  // Nobody may take it (the reader navigates away first): its failure is not an unhandled rejection.
  response.catch(() => undefined);
  pending.set(url, response);
}

/** The prefetched response for `url`, once; undefined when there is none (or it was taken). */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const response = pending.get(url);
  pending.delete(url);
  return response;
}

/** Starts the first view's data requests for the page at `search`: the catalogue and its dataset's verified bundle. */
export function prefetchForPage(search: string): void {
  const base = dataBaseUrl();
  prefetch(dataUrl(CATALOGUE_PATH, base));
  const id = new URLSearchParams(search).get('dataset')?.trim() || 'published';
  const bundle = Object.hasOwn(VERIFIED.datasets, id) ? VERIFIED.datasets[id] : undefined;
  if (bundle) prefetch(dataUrl(bundle.bundle, base));
}
