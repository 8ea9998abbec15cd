import { useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { useFirstViewShown } from '../ui/first-view';
import { usePrinting } from '../ui/print-mode';

const loadPrintFooter = () => import('./print-footer').then((module) => module.PrintFooter);

/**
 * The printed page's footer (the sources of the figures shown and the view's link; print.css shows
 * it only on paper) is rendered only while the page prints. The browser fires `beforeprint` for
 * Ctrl+P, the Print button and Chromium's PDF output alike, and print-mode.ts re-renders
 * synchronously in it, so the footer is on every printed page and costs the screen nothing: mounted
 * with the dashboard it took ≈ 65 ms at 4× CPU right after the first view (the sources of every figure
 * looked up), and a catch-up after every change of view.
 *
 * A synchronous render cannot wait for a chunk, so the footer's code is fetched after the first view
 * (it comes with the panels' code), long before anyone prints: a reader who prints as soon as the
 * figures are on screen gets the footer too.
 */
export function PrintFooterSlot() {
  const firstViewShown = useFirstViewShown();
  const printing = usePrinting();
  const [Footer, setFooter] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!firstViewShown) return;
    let current = true;
    void loadPrintFooter().then((loaded) => current && setFooter(() => loaded));
    return () => {
      current = false;
    };
  }, [firstViewShown]);
  if (!printing || Footer === null) return null;
  return <Footer />;
}
