import { useMemo, useState } from 'react';
import * as text from './messages';
import type { ItemNoun, MultiSelectOption } from './types';

interface SelectionInput {
  options: MultiSelectOption[];
  selected: string[];
  onChange: (ids: string[]) => void;
  maxSelected: number | undefined;
  itemNoun: ItemNoun;
}

/**
 * Turns toggles and removals into onChange calls on the parent's selection, and keeps the text of
 * the live region that tells screen-reader users what happened.
 */
export function useSelectionActions({ options, selected, onChange, maxSelected, itemNoun }: SelectionInput) {
  const [announcement, setAnnouncement] = useState('');
  const selectedIds = useMemo(() => new Set(selected), [selected]);
  const labelById = useMemo(() => new Map(options.map((option) => [option.id, option.label])), [options]);
  // An id the options do not know (say, from an old link) still gets a chip, named by its id.
  const labelOf = (id: string) => labelById.get(id) ?? id;
  const limitText = maxSelected !== undefined && selected.length >= maxSelected ? text.limitMessage(maxSelected, itemNoun) : null;

  function remove(id: string) {
    onChange(selected.filter((selectedId) => selectedId !== id));
    setAnnouncement(text.removedMessage(labelOf(id)));
  }

  function toggle(option: MultiSelectOption) {
    if (selectedIds.has(option.id)) {
      remove(option.id);
    } else if (limitText !== null) {
      setAnnouncement(limitText);
    } else {
      onChange([...selected, option.id]);
      setAnnouncement(text.addedMessage(option.label, selected.length + 1, maxSelected));
    }
  }

  function removeLast() {
    const last = selected.at(-1);
    if (last !== undefined) remove(last);
  }

  function clearAll() {
    onChange([]);
    setAnnouncement(text.clearedMessage(itemNoun));
  }

  return { announcement, announce: setAnnouncement, selectedIds, labelOf, limitText, toggle, remove, removeLast, clearAll };
}
