/**
 * Maps a key press in the combobox input to what should happen, following the WAI-ARIA APG
 * combobox pattern. Pure so the key table can be read (and tested) in one place.
 */

export interface ComboboxKeyState {
  key: string;
  altKey: boolean;
  open: boolean;
  /** Index of the active option among the visible matches, or -1. */
  activeIndex: number;
  /** Number of visible matches. */
  count: number;
  queryEmpty: boolean;
  hasSelection: boolean;
}

export type ComboboxKeyAction =
  /** Open the list with this option active (null: none). */
  | { kind: 'open'; activeIndex: number | null }
  | { kind: 'move'; activeIndex: number }
  | { kind: 'toggle' }
  | { kind: 'close' }
  | { kind: 'clear-query' }
  | { kind: 'remove-last' }
  /** Close the list but let the key do its default (Tab moves focus on). */
  | { kind: 'leave' }
  /** Not ours: let the browser handle the key. */
  | { kind: 'none' };

const NONE: ComboboxKeyAction = { kind: 'none' };

function arrowDown(state: ComboboxKeyState): ComboboxKeyAction {
  const { open, altKey, activeIndex, count } = state;
  if (!open) {
    // Alt+ArrowDown only shows the list (APG); plain ArrowDown also lands on an option.
    if (altKey || count === 0) return { kind: 'open', activeIndex: activeIndex >= 0 ? activeIndex : null };
    return { kind: 'open', activeIndex: activeIndex >= 0 ? activeIndex : 0 };
  }
  if (altKey || count === 0) return NONE;
  return { kind: 'move', activeIndex: Math.min(activeIndex + 1, count - 1) };
}

function arrowUp(state: ComboboxKeyState): ComboboxKeyAction {
  const { open, altKey, activeIndex, count } = state;
  if (altKey) return open ? { kind: 'close' } : NONE;
  if (!open) return { kind: 'open', activeIndex: count === 0 ? null : activeIndex >= 0 ? activeIndex : count - 1 };
  if (count === 0) return NONE;
  return { kind: 'move', activeIndex: activeIndex === -1 ? count - 1 : Math.max(activeIndex - 1, 0) };
}

export function comboboxKeyAction(state: ComboboxKeyState): ComboboxKeyAction {
  const { key, open, activeIndex, count } = state;
  switch (key) {
    case 'ArrowDown':
      return arrowDown(state);
    case 'ArrowUp':
      return arrowUp(state);
    // Home/End move within the list only while it is open; otherwise they move the caret.
    case 'Home':
      return open && count > 0 ? { kind: 'move', activeIndex: 0 } : NONE;
    case 'End':
      return open && count > 0 ? { kind: 'move', activeIndex: count - 1 } : NONE;
    case 'Enter':
      return open && activeIndex >= 0 ? { kind: 'toggle' } : NONE;
    case 'Escape':
      if (open) return { kind: 'close' };
      return state.queryEmpty ? NONE : { kind: 'clear-query' };
    case 'Backspace':
      return state.queryEmpty && state.hasSelection ? { kind: 'remove-last' } : NONE;
    case 'Tab':
      return open ? { kind: 'leave' } : NONE;
    default:
      return NONE;
  }
}
