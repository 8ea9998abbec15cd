/**
 * Keyboard and focus behaviour of a menu button (WAI-ARIA APG "menu button"): Enter, Space or a click
 * opens the menu on the default item; Down and Up arrows open it on the first or last item; in the
 * menu the arrows, Home and End move (wrapping), a letter jumps to the next item starting with it,
 * Escape closes and returns focus to the button, Tab and Shift+Tab close and move on from the button;
 * focus leaving the control (a click elsewhere) closes it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';

export function useMenuButton(labels: readonly string[], defaultIndex: number) {
  const count = labels.length;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(defaultIndex);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLElement | null)[]>([]);

  // Focus follows the active item while the menu is open (roving focus: items are tabIndex -1).
  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  const openAt = useCallback((index: number) => {
    setActive(index);
    setOpen(true);
  }, []);

  const close = useCallback((returnFocus: boolean) => {
    if (returnFocus) buttonRef.current?.focus();
    setOpen(false);
  }, []);

  const onButtonClick = (): void => {
    if (open) close(true);
    else openAt(defaultIndex);
  };

  const onButtonKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    openAt(event.key === 'ArrowDown' ? 0 : count - 1);
  };

  const onMenuKeyDown = (event: KeyboardEvent): void => {
    const move = (index: number): void => {
      event.preventDefault();
      setActive((index + count) % count);
    };
    if (event.key === 'ArrowDown') move(active + 1);
    else if (event.key === 'ArrowUp') move(active - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(count - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      // Focus goes back to the button first, so the browser's own Tab moves on from there (the
      // items are out of the tab order) instead of from an item that is about to disappear.
      close(true);
    }
    else if (event.key.length === 1 && /\S/.test(event.key)) {
      const letter = event.key.toLowerCase();
      const next = [...labels.keys()].map((i) => (active + 1 + i) % count).find((i) => labels[i]?.toLowerCase().startsWith(letter));
      if (next !== undefined) move(next);
    }
  };

  /** Focus left the whole control (a click elsewhere, or Tab): the menu closes. */
  const onBlur = (event: FocusEvent<HTMLElement>): void => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  return { open, active, buttonRef, itemRefs, close, onButtonClick, onButtonKeyDown, onMenuKeyDown, onBlur };
}
