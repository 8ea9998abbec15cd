/**
 * Whether the page is being printed. Charts lay out from a measured width, and the printed page is
 * narrower than the screen; the browser fires `beforeprint` (for Ctrl+P, the Print button and
 * Chromium's PDF output alike) and lays the page out for print right after the handlers return. So
 * the handler re-renders synchronously (flushSync) with the print sizes below, and the charts are
 * drawn for the paper — their text at its real size — instead of the screen's drawing shrunk to fit.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import type { Size } from '../charts/use-element-size';

/**
 * The charts' sizes on the printed page (src/app/styles/print.css lays out the columns they fill):
 * a landscape A4 or Letter page, 8 mm margins, the national trend beside the map.
 */
export const PRINT_SIZES = {
  trend: { width: 560, height: 290 },
  map: { width: 400, height: 233 },
} as const satisfies Record<string, Size>;

let printing = false;
const listeners = new Set<() => void>();

function setPrinting(value: boolean): void {
  if (printing === value) return;
  printing = value;
  flushSync(() => listeners.forEach((listener) => listener()));
}
const onBeforePrint = (): void => setPrinting(true);
const onAfterPrint = (): void => setPrinting(false);

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    }
  };
}

export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}
