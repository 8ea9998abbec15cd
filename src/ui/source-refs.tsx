import type { Source } from '../data/types';

/**
 * Source ids as links to their entries in the Sources panel (`#source-S62`): one click from any
 * number to its outlet, date and link. "—" when a value has no source (not reported, or synthetic).
 */
export function SourceRefs({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return <span aria-label="no source">—</span>;
  return (
    <span className="source-refs">
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 ? ', ' : ''}
          <a href={`#source-${source.id}`} title={`${source.outlet}, ${source.date || 'undated'}`}>
            {source.id}
          </a>
        </span>
      ))}
    </span>
  );
}
