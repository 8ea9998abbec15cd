/**
 * Every export, built from the resolved View on demand: the Export menu of each chart panel and the
 * briefing pack ask here, so what is exported is what the View says is shown, whether or not the
 * panel has loaded. The export code (every panel's, in one chunk: scripts/chunk-groups.ts) is fetched
 * when an export is asked for (or when a menu opens), never with the page.
 */
import type { QueryClient } from '@tanstack/react-query';
import { outlinesQuery } from '../api/outlines-query';
import type { StateOutlines } from '../api/outlines-query';
import type { View } from '../domain/resolve-view';
import type { BriefingCsv } from '../export/briefing-pack';
import type { PanelImage } from '../export/composition-types';

/** The chart panels, and the one-page summary of the headline (the briefing pack's and deck's first image). */
export type ImagePanel = 'summary' | 'trends' | 'office-map';

const loadSummaryExport = () => import('../features/summary/summary-export');
const loadTrendsExport = () => import('../features/trends/trends-export');
const loadMapExport = () => import('../features/office-map/map-export');
const loadBreakdownExport = () => import('../features/breakdown/breakdown-export');

/** The outlines from the query cache (fetched if the map has not loaded them); null when they fail. */
async function outlines(client: QueryClient): Promise<StateOutlines | null> {
  try {
    return await client.query(outlinesQuery());
  } catch {
    return null;
  }
}

/** Starts fetching a panel's export code, so the click that follows does not wait for it. */
export function prepareImageExport(panel: ImagePanel): void {
  const load = { summary: loadSummaryExport, trends: loadTrendsExport, 'office-map': loadMapExport }[panel];
  void load();
}

/** The link that reproduces the view: the page URL, which the view store keeps canonical. */
export const viewUrl = (): string => window.location.href;

export async function buildImageExport(panel: ImagePanel, view: View, client: QueryClient): Promise<PanelImage> {
  if (panel === 'summary') return (await loadSummaryExport()).summaryImageExport(view, viewUrl());
  if (panel === 'trends') return (await loadTrendsExport()).trendsImageExport(view, viewUrl());
  const [kit, basemap] = await Promise.all([loadMapExport(), outlines(client)]);
  return kit.mapImageExport(view, basemap, viewUrl());
}

export async function buildTableExports(view: View): Promise<BriefingCsv[]> {
  return (await loadBreakdownExport()).breakdownCsvFiles(view, viewUrl());
}
