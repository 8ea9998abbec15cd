import { startTransition, useEffect, useRef, useState } from 'react';
import { FIRST_VIEW_EVENT, firstViewShown } from './first-view';

/**
 * True once the element comes within `rootMargin` of the viewport, or once the first complete view
 * (the headline) has been shown — whichever comes first — and from then on.
 *
 * Panels below the fold (trends, map, tables) wait for this before mounting, so the first view renders
 * alone and paints first (its JS stays within budget, docs/DESIGN.md §8). Right after it, they mount as
 * a transition: their code is already fetched (index.html preloads it), and React renders them
 * in slices between frames, so the page stays responsive while the whole dashboard fills in, and a
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

    let timer: number | undefined;
    // A task after the first view's paint, not in it: the headline is on screen before anything else renders.
    const loadAfterFirstView = (): void => {
      timer = window.setTimeout(() => startTransition(() => setNear(true)), 0);
    };
    if (firstViewShown()) loadAfterFirstView();
    else window.addEventListener(FIRST_VIEW_EVENT, loadAfterFirstView, { once: true });
    return () => {
      observer.disconnect();
      window.removeEventListener(FIRST_VIEW_EVENT, loadAfterFirstView);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [near, rootMargin]);
  return { ref, near };
}
