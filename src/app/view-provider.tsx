import { useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useShownDataset } from '../api/use-dataset';
import type { ShownDataset } from '../api/use-dataset';
import { DataPackageError, formatIssue } from '../data/validation-error';
import { resolveView } from '../domain/resolve-view';
import type { ResolvedView } from '../domain/resolve-view';
import { datasetNotLoadedNotice, localDatasetMissingNotice, unknownDatasetNotice } from '../domain/view-notices';
import { isLocalDatasetId } from '../domain/your-data';
import { DEFAULT_VIEW_REQUEST, sameRequest } from '../domain/view-request';
import type { ViewNotice, ViewRequest } from '../domain/view-request';
import { useHistorySync, useViewStore } from '../state/view-store';
import { ViewContext } from '../state/view-context';
import type { ViewState } from '../state/view-context';
import { useSuppressor } from './use-suppressor';

/** What the failure of a dataset switch says, with the first problem of a rejected package. */
function failureDetail(error: Error | null): string {
  if (error instanceof DataPackageError && error.issues[0]) {
    return ` ${error.issues.length} problem(s); first: ${formatIssue(error.issues[0])}.`;
  }
  return error ? ` ${error.message}` : '';
}

/**
 * The one correction the request needs, if any: an unknown dataset, a dataset that failed to load
 * (the last good one stays), or values the dataset on screen does not hold. Values are checked only
 * against the dataset they were asked for, so a switch in progress never drops a value valid there.
 */
function correction(request: ViewRequest, data: ShownDataset, resolved: ResolvedView | undefined): { request: ViewRequest; notices: ViewNotice[] } | null {
  const { requested, shown, catalogue } = data;
  if (requested.status === 'unknown') {
    const fallback = catalogue?.some((entry) => entry.id === DEFAULT_VIEW_REQUEST.dataset) ? DEFAULT_VIEW_REQUEST.dataset : catalogue?.[0]?.id;
    if (fallback === undefined || fallback === request.dataset) return null;
    // A link to an analyst's dataset from another browser says how to see it here, not just "unknown".
    const notice = isLocalDatasetId(request.dataset) ? localDatasetMissingNotice(request.dataset) : unknownDatasetNotice(request.dataset);
    return { request: { ...request, dataset: fallback }, notices: [notice] };
  }
  if (requested.status === 'error' && shown && shown.entry.id !== request.dataset) {
    const notice = datasetNotLoadedNotice(request.dataset, requested.entry?.title ?? request.dataset, failureDetail(requested.error));
    return { request: { ...request, dataset: shown.entry.id }, notices: [notice] };
  }
  if (requested.status !== 'success' || !resolved?.view) return null;
  const canonical = resolved.view.request;
  return sameRequest(canonical, request) ? null : { request: canonical, notices: resolved.notices };
}

/**
 * Derives the View from the view store (the URL) and the query cache, provides it to every panel, and
 * makes the URL say what is shown: a dropped value is replaced in the address bar with a notice.
 */
export function ViewProvider({ children }: { children: ReactNode }) {
  useHistorySync();
  const request = useViewStore((state) => state.request);
  const correct = useViewStore((state) => state.correct);
  const data = useShownDataset(request.dataset);
  const index = data.shown?.index;
  // Release mode's algorithm arrives on demand; until it has, the view waits (panels keep their skeletons).
  const release = useSuppressor(request.suppress !== null);
  const resolved = useMemo(() => (index ? resolveView(index, request, undefined, release.suppressor) : undefined), [index, request, release.suppressor]);

  const fix = correction(request, data, resolved);
  useEffect(() => {
    if (fix) correct(fix.request, fix.notices);
  }, [fix, correct]);

  const { catalogue, requested, shown } = data;
  const releaseError = resolved?.awaitingSuppressor ? release.error : null;
  const releaseFailed = releaseError !== null;
  const status = releaseFailed ? 'error' : requested.status === 'unknown' ? 'pending' : requested.status;
  const error = useMemo(
    () => (releaseError ? new Error(`release mode's code could not be loaded (${releaseError.message})`) : requested.error),
    [releaseError, requested.error],
  );
  const retryRelease = release.retry;
  const retry = useMemo(() => (releaseFailed ? () => void retryRelease() : data.retry), [releaseFailed, retryRelease, data.retry]);
  const state = useMemo<ViewState>(
    () => ({
      catalogue,
      request,
      view: resolved?.view,
      entry: shown?.entry,
      status,
      error,
      retry,
    }),
    [catalogue, request, resolved, shown?.entry, status, error, retry],
  );
  return <ViewContext value={state}>{children}</ViewContext>;
}
