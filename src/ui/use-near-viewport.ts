import { useEffect, useRef, useState } from 'react';
import { FIRST_VIEW_EVENT, firstViewShown } from './first-view';

/**
 * True once the element comes within `rootMargin` of the viewport, or once the first complete view
 * (the headline) has been shown and the browser is idle — whichever comes first — and from then on.
 *
 * Panels below the fold (trends, map, tables) wait for this before loading their code, so the JS the
 * first view needs stays within budget (docs/DESIGN.md §8). Loading them right after, when idle, means a
 * keyboard or screen-reader user who moves on never meets a placeholder where a panel should be.
 * Where IntersectionObserver is missing (jsdom, old browsers) it is true at once.
 */
export function useNearViewport<T extends Element>(rootMargin: string) {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin },
    );
    observer.observe(element);

    let idle: number | undefined;
    const loadWhenIdle = (): void => {
      idle = requestIdle(() => setNear(true));
    };
    if (firstViewShown()) loadWhenIdle();
    else window.addEventListener(FIRST_VIEW_EVENT, loadWhenIdle, { once: true });
    return () => {
      observer.disconnect();
      window.removeEventListener(FIRST_VIEW_EVENT, loadWhenIdle);
      if (idle !== undefined) cancelIdle(idle);
    };
  }, [near, rootMargin]);
  return { ref, near };
}

function requestIdle(callback: () => void): number {
  // Safari has no requestIdleCallback; a zero timeout after the first view is close enough.
  return typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(callback, { timeout: 2000 })
    : window.setTimeout(callback, 0);
}

function cancelIdle(handle: number): void {
  if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}
