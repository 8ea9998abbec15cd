import type { BreakNote } from '../../domain/trends-view';
import { wordingNoteText } from './wording-note-text';

/**
 * The numbered notes of the wording-change markers: old and new wording, and what it means. The
 * numbers are panel-wide, so an office chart's badge points to the same note as the nation's.
 */
export function WordingChanges({ notes, label }: { notes: readonly BreakNote[]; label: string }) {
  if (notes.length === 0) return null;
  return (
    <ol className="wording-changes" aria-label={label}>
      {notes.map((note) => (
        <li key={note.number} className="wording-changes__item" value={note.number}>
          <span className="wording-changes__badge" aria-hidden="true">
            {note.number}
          </span>
          <span>{wordingNoteText(note)}</span>
        </li>
      ))}
    </ol>
  );
}
