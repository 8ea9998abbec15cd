import { createContext, useContext, useDeferredValue, useEffect, useState } from 'react';
import type { ReactNode, RefObject } from 'react';

/**
 * Whether a panel is on screen. Off-screen panels take filter changes as a deferred (low-priority)
 * update: the panel the reader is looking at paints first, and the others catch up right after,
 * which keeps "filter change to next painted frame" within budget with every panel mounted.
 */
const PanelVisibility = createContext(true);

export function PanelVisibilityProvider({ visible, children }: { visible: boolean; children: ReactNode }) {
  return <PanelVisibility value={visible}>{children}</PanelVisibility>;
}

/** The value as of now when the panel is on screen; a deferred copy when it is not. */
export function useDeferredWhenHidden<T>(value: T): T {
  const visible = useContext(PanelVisibility);
  const deferred = useDeferredValue(value);
  return visible ? value : deferred;
}

/** True while the element intersects the viewport (true where IntersectionObserver is missing). */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setOnScreen(entry.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return onScreen;
}
