/**
 * What each mounted panel offers for export: a chart's export input (for its Export menu and the
 * briefing pack), or a table's CSV (for the pack).
 *
 * Why a registry: an export needs the panel's current state (the trends' y-scale choice, the map's
 * outlines, a table's sort and search), which lives inside each feature. Lifting that state into the
 * app would tie the features together, and a feature may not import another. Instead each panel
 * registers its offer while it is mounted; the app's controls (the Export menu in each panel's
 * header, the briefing pack button) read it. Features stay independent, nothing is built until an
 * export is asked for, and what is exported is exactly what is on screen. Tiny, and free of the
 * export kit itself, so the first view's JS barely grows.
 */
import type { BriefingCsv } from './briefing-pack';
import type { ExportInput } from './composition-types';
import type { ImageFileNameParts } from './image-file-name';

interface OfferBase {
  /** The panel it comes from (`trends`, `office-map`, `breakdown`). */
  panel: string;
  /** Order within the panel (a panel may offer several files). */
  order: number;
  /** Names it in messages: "the trends chart", "the field-office table". */
  label: string;
}

export interface ImageExportOffer extends OfferBase {
  kind: 'image';
  /** What the file name says; replaced (re-registered) when the filters change it. */
  name: ImageFileNameParts;
  buildInput: () => ExportInput;
}

export interface TableExportOffer extends OfferBase {
  kind: 'table';
  build: () => BriefingCsv;
}

export type ExportOffer = ImageExportOffer | TableExportOffer;

const offers = new Map<string, ExportOffer>();
const listeners = new Set<() => void>();

const keyOf = (offer: ExportOffer): string => `${offer.panel}#${String(offer.order)}`;

function notify(): void {
  for (const listener of [...listeners]) listener();
}

/**
 * Registers an offer; returns the function that withdraws it. A later offer under the same panel and
 * order replaces the earlier one, and a stale withdrawal never removes its successor.
 */
export function registerExportOffer(offer: ExportOffer): () => void {
  const key = keyOf(offer);
  offers.set(key, offer);
  notify();
  return () => {
    if (offers.get(key) !== offer) return;
    offers.delete(key);
    notify();
  };
}

/** Every offer, in the order of `panelOrder` (other panels last), then by `order` within a panel. */
export function exportOffers(panelOrder: readonly string[] = []): ExportOffer[] {
  const rank = (panel: string): number => {
    const i = panelOrder.indexOf(panel);
    return i < 0 ? panelOrder.length : i;
  };
  return [...offers.values()].sort((a, b) => rank(a.panel) - rank(b.panel) || a.order - b.order);
}

/** The panel's chart offer (the same object until it is replaced: usable as a store snapshot). */
export function imageExportOffer(panel: string): ImageExportOffer | undefined {
  return exportOffers().find((offer): offer is ImageExportOffer => offer.panel === panel && offer.kind === 'image');
}

/** The panels of `expected` that offer nothing (not loaded yet, or failed). */
export function missingPanels(expected: readonly string[]): string[] {
  const present = new Set([...offers.values()].map((offer) => offer.panel));
  return expected.filter((panel) => !present.has(panel));
}

export function subscribeExportOffers(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Resolves once every expected panel has an offer, or when `timeoutMs` has passed, with the panels
 * still missing then. Panels below the fold load their code when idle after the first view, so a
 * reader who asks for the briefing pack early waits a moment rather than getting an incomplete one;
 * a panel that failed to load is left out after the timeout, and the caller says so.
 */
export function whenPanelsOffer(expected: readonly string[], timeoutMs: number): Promise<string[]> {
  return new Promise((resolve) => {
    if (missingPanels(expected).length === 0) {
      resolve([]);
      return;
    }
    const finish = (): void => {
      unsubscribe();
      clearTimeout(timer);
      resolve(missingPanels(expected));
    };
    const unsubscribe = subscribeExportOffers(() => {
      if (missingPanels(expected).length === 0) finish();
    });
    const timer = setTimeout(finish, timeoutMs);
  });
}
