import type { Source } from '../../data/types';
import { SourceCitation } from '../../ui/source-citation';

/**
 * The sources of an edition row, with outlet, date and link, behind a disclosure: editions other than
 * the focus one are not in the Sources panel, so the citations travel with the row.
 */
export function RowSources({ sources, rowLabel, note }: { sources: readonly Source[]; rowLabel: string; note?: string }) {
  if (sources.length === 0 && !note) return <span className="breakdown-sources__none">—</span>;
  return (
    <details className="breakdown-sources__details">
      <summary>
        {sources.length > 0 ? sources.map((source) => source.id).join(', ') : 'Note'}
        <span className="visually-hidden"> (sources for {rowLabel})</span>
      </summary>
      {note ? <p className="breakdown-sources__note">{note}</p> : null}
      {sources.length > 0 ? (
        <ul>
          {sources.map((source) => (
            <li key={source.id}>
              <SourceCitation source={source} />
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
