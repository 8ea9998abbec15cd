import { editionName } from '../../domain/format';
import type { BreakNote } from '../../domain/trends-view';

/**
 * The numbered notes of the wording-change markers: old and new wording, and what it means. The
 * numbers are panel-wide, so an office chart's badge points to the same note as the nation's.
 */
export function WordingChanges({ notes, label }: { notes: readonly BreakNote[]; label: string }) {
  if (notes.length === 0) return null;
  return (
    <ol className="wording-changes" aria-label={label}>
      {notes.map(({ number, change, places, national }) => (
        <li key={number} className="wording-changes__item" value={number}>
          <span className="wording-changes__badge" aria-hidden="true">
            {number}
          </span>
          <span>
            {national ? '' : `${places.join(', ')}: `}Release wording changed between {editionName(change.before)}{' '}
            and {editionName(change.after)}: from “{change.beforeWording}” to “{change.afterWording}”. Values either
            side are not comparable.
          </span>
        </li>
      ))}
    </ol>
  );
}
