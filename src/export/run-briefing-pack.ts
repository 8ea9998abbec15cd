/**
 * The briefing pack from the panels' exports, loaded on demand (dynamic import) with the rest of the
 * export kit: one ZIP of every chart and table that could be built. A panel whose export failed is
 * left out and named by the caller, rather than failing the whole pack.
 */
import { briefingPackFileName, buildBriefingPack } from './briefing-pack';
import type { BriefingCsv, BriefingPackOptions, BriefingPanel } from './briefing-pack';
import { exportFileName } from './file-names';

export interface RenderedBriefingPack {
  blob: Blob;
  fileName: string;
  images: number;
  tables: number;
}

export async function renderBriefingPack(
  images: readonly BriefingPanel[],
  tables: readonly BriefingCsv[],
  options: BriefingPackOptions = {},
): Promise<RenderedBriefingPack> {
  if (images.length === 0 && tables.length === 0) throw new Error('there is nothing to put in the pack yet');
  const blob = await buildBriefingPack(images, { ...options, csvFiles: [...(options.csvFiles ?? []), ...tables] });
  const first = images[0];
  const fileName = first
    ? briefingPackFileName(first.name.dataset, first.input.dataset.asOf, first.name.release ?? null)
    : exportFileName(['occ', 'briefing-pack'], 'zip');
  return { blob, fileName, images: images.length, tables: tables.length };
}
