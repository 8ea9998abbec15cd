import type { Ref } from 'react';
import type { OptionMatch } from './match-options';
import { OptionItem } from './option-item';
import type { MultiSelectOption } from './types';

interface OptionPopupProps {
  open: boolean;
  listboxId: string;
  labelId: string;
  listboxRef: Ref<HTMLUListElement>;
  matches: OptionMatch[];
  selectedIds: ReadonlySet<string>;
  activeId: string | null;
  optionDomId: (optionId: string) => string;
  /** Shown above the list while the limit is reached; options point to it with aria-describedby. */
  limitNote: { id: string; text: string } | null;
  /** Shown instead of options when nothing matches. */
  emptyText: string | null;
  onToggle: (option: MultiSelectOption) => void;
}

export function OptionPopup(props: OptionPopupProps) {
  const { open, listboxId, labelId, listboxRef, matches, selectedIds, activeId, optionDomId, limitNote, emptyText, onToggle } =
    props;
  return (
    <div className="ms-popup" hidden={!open}>
      {limitNote && (
        <p id={limitNote.id} className="ms-note">
          {limitNote.text}
        </p>
      )}
      <ul
        ref={listboxRef}
        id={listboxId}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby={labelId}
        className="ms-listbox"
      >
        {/* Options exist only while the list is open: 56 hidden offices would be ~300 elements in the first view. */}
        {open &&
          matches.map((match) => {
            const selected = selectedIds.has(match.option.id);
            return (
              <OptionItem
                key={match.option.id}
                domId={optionDomId(match.option.id)}
                match={match}
                selected={selected}
                active={match.option.id === activeId}
                disabledReasonId={limitNote && !selected ? limitNote.id : null}
                onToggle={onToggle}
              />
            );
          })}
      </ul>
      {open && emptyText !== null && <p className="ms-note ms-empty">{emptyText}</p>}
    </div>
  );
}
