import { useEffect } from 'react';

/**
 * While `active`, Escape anywhere calls `dismiss`: a tooltip shown by hover can be put away without
 * moving the pointer (WCAG 1.4.13), even when the keyboard focus is elsewhere on the page.
 */
export function useDismissOnEscape(active: boolean, dismiss: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') dismiss();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, dismiss]);
}
