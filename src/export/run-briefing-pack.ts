/**
 * The briefing pack from the panels' export offers, loaded on demand (dynamic import) with the rest
 * of the export kit: each panel builds its input now (its current state), then one ZIP is made. A
 * panel whose build fails is left out and named, rather than failing the whole pack.
 */
import { briefingPackFileName, buildBriefingPack } from './briefing-pack';
import type { BriefingCsv, BriefingPackOptions, BriefingPanel } from './briefing-pack';
import type { ExportOffer } from './export-registry';
import { exportFileName } from './file-names';

export interface RenderedBriefingPack {
  blob: Blob;
  fileName: string;
  images: number;
  tables: number;
  /** Labels of offers that could not be built, with the reason. */
  failed: string[];
}

export async function renderBriefingPack(offers: readonly ExportOffer[], options: BriefingPackOptions = {}): Promise<RenderedBriefingPack> {
  const panels: BriefingPanel[] = [];
  const tables: BriefingCsv[] = [];
  const failed: string[] = [];
  for (const offer of offers) {
    try {
      if (offer.kind === 'image') panels.push({ name: offer.name, input: offer.buildInput() });
      else tables.push(offer.build());
    } catch (error) {
      failed.push(`${offer.label} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (panels.length === 0 && tables.length === 0) throw new Error('No panel has anything to put in the pack yet');
  const blob = await buildBriefingPack(panels, { ...options, csvFiles: [...(options.csvFiles ?? []), ...tables] });
  const first = panels[0];
  const fileName = first
    ? briefingPackFileName(first.name.dataset, first.input.dataset.asOf)
    : exportFileName(['occ', 'briefing-pack'], 'zip');
  return { blob, fileName, images: panels.length, tables: tables.length, failed };
}
