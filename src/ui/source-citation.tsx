import type { Source } from '../data/types';
import { formatDate } from '../domain/format';

/** One source as a reader cites it: outlet, date, link. Data strings render as text only. */
export function SourceCitation({ source }: { source: Source }) {
  const href = safeHref(source.url);
  return (
    <span className="source-citation">
      <span className="source-citation__id">{source.id}</span>{' '}
      {href ? (
        <a href={href} rel="noopener noreferrer" target="_blank">
          {source.outlet}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        <span>{source.outlet}</span>
      )}
      , <time dateTime={source.date || undefined}>{formatDate(source.date)}</time>
    </span>
  );
}

/** Links come from data files: only http(s) URLs become links (docs/DESIGN.md §7 allow-list). */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
