import { useEffect, useRef } from 'react';

export interface Chip {
  id: string;
  label: string;
}

interface ChipListProps {
  chips: Chip[];
  listLabel: string;
  onRemove: (id: string) => void;
  /** Called when the last chip is removed by its button, so focus can go back to the input. */
  onEmptied: () => void;
}

/** The selected items as "Remove X" buttons, in the order chosen. */
export function ChipList({ chips, listLabel, onRemove, onEmptied }: ChipListProps) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // Index of a chip just removed by its button: focus goes to the chip now in its place (or the one
  // before), so a keyboard user can remove several in a row without hunting for focus.
  const removedAt = useRef<number | null>(null);

  useEffect(() => {
    const index = removedAt.current;
    if (index === null) return;
    removedAt.current = null;
    const next = chips[Math.min(index, chips.length - 1)];
    if (next) buttons.current.get(next.id)?.focus();
    else onEmptied();
  }, [chips, onEmptied]);

  if (chips.length === 0) return null;
  return (
    <ul className="ms-chips" aria-label={listLabel}>
      {chips.map((chip, index) => (
        <li key={chip.id} className="ms-chip-item">
          <button
            type="button"
            className="ms-chip"
            ref={(element) => {
              if (element) buttons.current.set(chip.id, element);
              else buttons.current.delete(chip.id);
            }}
            onClick={() => {
              removedAt.current = index;
              onRemove(chip.id);
            }}
          >
            <span className="ms-visually-hidden">Remove</span> {chip.label}
            <span className="ms-chip-x" aria-hidden="true">
              ×
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
