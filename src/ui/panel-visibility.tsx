import { createContext, startTransition, useContext, useEffect, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { usePrinting } from './print-mode';
import { useViewState } from '../state/view-context';
import type { ViewState } from '../state/view-context';

/**
 * Whether a panel is on screen. The panels in the viewport take every filter change at once; a panel
 * outside it keeps what it showed and catches up when the view has stopped changing (SETTLE_MS, then
 * an idle moment), or at once when the reader scrolls or the panel enters the viewport, whichever is
 * first. So a change paints the visible panels without waiting for the others (issue 11: "an
 * off-screen panel may update later, but must be current before it scrolls into view"), and a reader
 * stepping through editions with the keyboard does not pay, at every step, for redrawing the 1,700
 * cells of the offices table below the fold.
 */
const PanelVisibility = createContext(true);

export function PanelVisibilityProvider({ visible, children }: { visible: boolean; children: ReactNode }) {
  return <PanelVisibility value={visible}>{children}</PanelVisibility>;
}

/** How long the view stays unchanged before the panels outside the viewport catch up. */
const SETTLE_MS = 250;

/**
 * The value as of now when the panel is on screen (or the page is printing, which shows every panel);
 * otherwise the value it showed, brought up to date once the view settles or the reader scrolls.
 * A change for which `holdable(shown, next)` is false reaches it at once, as a transition.
 */
export function useHeldWhenOffScreen<T>(value: T, holdable: (shown: T, next: T) => boolean = always): T {
  const onScreen = useContext(PanelVisibility);
  const printing = usePrinting();
  const current = onScreen || printing;
  const [held, setHeld] = useState<{ value: T } | null>(null);
  // Adjusted while rendering (React renders again at once, before committing): leaving the viewport
  // holds what is shown now; entering it lets go.
  if (current && held !== null) setHeld(null);
  if (!current && held === null) setHeld({ value });
  const stale = !current && held !== null && held.value !== value;
  const hold = stale && holdable(held.value, value);
  useEffect(() => {
    if (!stale) return;
    const catchUp = () => startTransition(() => setHeld({ value }));
    if (hold) return whenSettledOrScrolled(catchUp);
    catchUp();
  }, [stale, hold, value]);
  return current || held === null ? value : held.value;
}

const always = () => true;

/**
 * The view state as a panel draws it: held off screen while the reader changes the view's options
 * (edition, metric, offices, columns…) on the same dataset; another dataset, the first data, a load
 * or an error reach every panel at once (a dataset switch is one deliberate step, not a stepping
 * through options, and "file chosen → every panel painted" is measured).
 */
export function usePanelViewState(): ViewState {
  return useHeldWhenOffScreen(useViewState(), sameDataset);
}

function sameDataset(shown: ViewState, next: ViewState): boolean {
  return (
    shown.status === next.status &&
    shown.view !== undefined &&
    next.view !== undefined &&
    shown.view.index.dataset === next.view.index.dataset
  );
}

/**
 * Runs `callback` once: after SETTLE_MS without a newer change (the returned cleanup cancels) and an
 * idle moment, or at the reader's first scroll, which may bring the panel into view.
 */
function whenSettledOrScrolled(callback: () => void): () => void {
  let idle: number | undefined;
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    cancel();
    callback();
  };
  const timer = setTimeout(() => {
    // jsdom has no idle callbacks: there the timer stands in for both.
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 1000 });
    else run();
  }, SETTLE_MS);
  window.addEventListener('scroll', run, { passive: true, capture: true });
  function cancel(): void {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    window.removeEventListener('scroll', run, { capture: true });
  }
  return cancel;
}

/**
 * True while the element intersects the viewport; true until the first observation (a panel takes the
 * first data at once) and where IntersectionObserver is missing.
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
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
