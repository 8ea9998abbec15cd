import { useEffect } from 'react';
import type { RefObject } from 'react';

/** Closes the popup when a pointer goes down outside the widget (a click elsewhere on the page). */
export function useCloseOnOutsidePointer(open: boolean, rootRef: RefObject<HTMLElement | null>, close: () => void) {
  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && rootRef.current?.contains(event.target)) return;
      close();
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, rootRef, close]);
}

/**
 * Scrolls the listbox so the active option is visible. Done by hand rather than with
 * scrollIntoView, which would also scroll the page and which jsdom lacks. The listbox is
 * position: relative in CSS, so it is the options' offsetParent.
 */
export function useKeepActiveInView(listboxRef: RefObject<HTMLElement | null>, activeDomId: string | undefined) {
  useEffect(() => {
    const list = listboxRef.current;
    if (!list || activeDomId === undefined) return;
    const option = document.getElementById(activeDomId);
    if (!option) return;
    const top = option.offsetTop;
    const bottom = top + option.offsetHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
  }, [listboxRef, activeDomId]);
}
