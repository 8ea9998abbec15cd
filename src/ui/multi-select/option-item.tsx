import type { MouseEvent } from 'react';
import type { OptionMatch } from './match-options';
import type { MultiSelectOption } from './types';
import type { TextPart } from './match-options';

interface OptionItemProps {
  domId: string;
  match: OptionMatch;
  selected: boolean;
  active: boolean;
  /** Set when the limit is reached and this option is not selected. */
  disabledReasonId: string | null;
  onToggle: (option: MultiSelectOption) => void;
}

// Keeps focus in the input when an option is clicked, so typing can go on (APG combobox).
function keepInputFocus(event: MouseEvent) {
  event.preventDefault();
}

export function OptionItem({ domId, match, selected, active, disabledReasonId, onToggle }: OptionItemProps) {
  const className = ['ms-option', active ? 'ms-option-active' : '', disabledReasonId ? 'ms-option-disabled' : '']
    .filter(Boolean)
    .join(' ');
  const { label, detail } = match.option;
  // Browsers join the flex items with spaces ("Denver , CO") and jsdom without ("DenverCO"); an
  // explicit name reads "Denver, CO" everywhere. The <mark>s are visual only.
  const name = detail === undefined ? undefined : `${label}, ${detail}`;
  return (
    <li
      id={domId}
      role="option"
      className={className}
      aria-label={name}
      aria-selected={selected}
      aria-disabled={disabledReasonId ? true : undefined}
      aria-describedby={disabledReasonId ?? undefined}
      onMouseDown={keepInputFocus}
      onClick={() => onToggle(match.option)}
    >
      {/* The check box is drawn by CSS with a ✓ glyph, so the state does not rest on colour. */}
      <span className="ms-check" aria-hidden="true" />
      <span className="ms-option-label">
        <HighlightedText parts={match.labelParts} />
      </span>
      {match.detailParts && (
        <span className="ms-option-detail">
          <HighlightedText parts={match.detailParts} />
        </span>
      )}
    </li>
  );
}

/** Text with the matched run in <mark>; parts are plain strings, so data never becomes markup. */
export function HighlightedText({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="ms-mark">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
