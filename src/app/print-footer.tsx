import { useMemo } from 'react';
import { formatDate } from '../domain/format';
import { printedSources } from '../domain/printed-sources';
import { serializeViewRequest } from '../state/url-params';
import { useViewState } from '../state/view-context';
import { internalNote } from '../domain/release-notes';
import { yourDataNote } from '../domain/your-data';

/**
 * Only on paper (print.css): the sources of the figures on the printed page, cited since paper cannot
 * link, and the address that reproduces the view. Built from the view, not read from the address
 * bar, which is written a frame later.
 */
/** Enough for any published view (the default page cites 28); beyond it the page would spill over. */
const MAX_PRINTED_SOURCES = 40;

export function PrintFooter() {
  // Rendered only while the page prints (print-footer-slot.tsx), so always the view as it is now.
  const { view } = useViewState();
  const all = useMemo(() => (view ? printedSources(view) : []), [view]);
  const sources = all.slice(0, MAX_PRINTED_SOURCES);
  const more = all.length - sources.length;
  if (!view) return null;
  const link = `${window.location.origin}${window.location.pathname}${serializeViewRequest(view.request, window.location.search)}`;
  // An analyst's figures have no published source: the page names their file instead, as exports do.
  const yourData = yourDataNote(view.index.dataset.manifest);
  // Paper leaves the building like any export: an analyst's figures printed with release mode off say so.
  const internal = internalNote(view.index.dataset.manifest, view.suppression);
  return (
    <footer className="print-footer">
      {yourData && (
        <p data-testid="print-your-data" className="print-footer__your-data">
          {yourData}
        </p>
      )}
      {internal && (
        <p data-testid="print-internal" className="print-footer__internal">
          {internal}
        </p>
      )}
      <p data-testid="print-sources">
        <strong>Sources of the figures shown:</strong>{' '}
        {sources.length > 0
          ? `${sources.map((source) => `${source.id} ${source.outlet}, ${formatDate(source.date)}`).join('; ')}${more > 0 ? `; and ${more} more, listed in the Sources panel at the link below` : ''}.`
          : yourData
            ? 'none published: the figures are from the file named above.'
            : 'none: no figure shown was reported.'}
      </p>
      <p data-testid="print-link">
        <strong>Reproduce this view:</strong> {link}
      </p>
    </footer>
  );
}
