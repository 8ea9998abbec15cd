/**
 * The first view's data in the query cache before the app's first render. The page's data requests
 * start before the app's code has even evaluated (src/api/prefetch.ts), so by the time React renders,
 * the catalogue and the dataset have usually arrived: waiting for their loaders (the same queries,
 * the same checks) lets the first render draw the figures at once, instead of drawing the page's
 * skeleton, laying it out and painting it, and then drawing everything again with the data (about
 * 200 ms at 4× CPU on the way to the first view and the complete dashboard, issue 11).
 *
 * The wait is bounded: on a slow network the skeleton is drawn after FIRST_RENDER_WAIT_MS, and the
 * panels fill in when the data arrives, as before. A failure is left in the query cache for the
 * panels to show, with their retry.
 */
import type { QueryClient } from '@tanstack/react-query';
import { dataBaseUrl } from '../api/base-url';
import { catalogueQuery, datasetQuery } from '../api/queries';
import { catalogueEntry } from '../api/use-dataset';
import { isLocalDatasetId } from '../domain/your-data';
import { useViewStore } from '../state/view-store';

/** The longest the first render waits for the data before the skeleton is drawn. */
export const FIRST_RENDER_WAIT_MS = 250;

export async function warmFirstView(client: QueryClient, waitMs = FIRST_RENDER_WAIT_MS): Promise<void> {
  const id = useViewStore.getState().request.dataset;
  // A dataset kept in this browser is read from its storage by its own query, after the first render.
  if (isLocalDatasetId(id)) return;
  const base = dataBaseUrl();
  const loaded = (async () => {
    const catalogue = await client.query(catalogueQuery(base));
    const entry = catalogueEntry(catalogue, id);
    if (entry) await client.query(datasetQuery(base, entry));
  })().catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, waitMs);
  });
  await Promise.race([loaded, waited]);
  clearTimeout(timer);
}
