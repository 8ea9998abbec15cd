/**
 * The sources of an office row as links to the Sources panel below, which lists every source of the
 * focus edition with outlet, date and link: one step from a number to where it was published.
 */
export function SourceLinks({ ids, synthetic }: { ids: readonly string[]; synthetic: boolean }) {
  if (ids.length === 0) {
    return <span className="breakdown-sources__none">{synthetic ? 'none (sample values)' : '—'}</span>;
  }
  return (
    <span className="breakdown-sources">
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : ''}
          <a href={`#source-${id}`} aria-label={`Source ${id}`}>
            {id}
          </a>
        </span>
      ))}
    </span>
  );
}
