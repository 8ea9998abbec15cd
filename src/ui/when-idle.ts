import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render; true once the page has painted it and the main thread is idle: for a part
 * of a panel that should wait until the panels around it are drawn. The update is a transition, so
 * input is never held up by it; `timeout` bounds the wait on a page that is never idle.
 */
export function useWhenIdle(timeout = 1000): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const show = () => startTransition(() => setReady(true));
    // jsdom has neither frames nor idle callbacks: there, the next task stands in for both.
    if (typeof requestIdleCallback !== 'function' || typeof requestAnimationFrame !== 'function') {
      const timer = setTimeout(show, 0);
      return () => clearTimeout(timer);
    }
    let idle: number | undefined;
    const frame = requestAnimationFrame(() => {
      idle = requestIdleCallback(show, { timeout });
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [ready, timeout]);
  return ready;
}
