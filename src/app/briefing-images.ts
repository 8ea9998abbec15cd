/**
 * The images of the briefing pack and the briefing deck, built from the View whether or not their
 * panels have loaded: the one-page summary, then the chart panels in the page's reading order. One
 * that fails is left out and named, rather than failing the whole download.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { View } from '../domain/resolve-view';
import type { BriefingPanel } from '../export/briefing-pack';
import { buildImageExport } from './panel-exports';
import type { ImagePanel } from './panel-exports';
import { errorReason } from './use-view-task';

/** `label` names the image in messages; `fileStem` is its fixed name in the pack, if any. */
const BRIEFING_IMAGES: readonly { panel: ImagePanel; label: string; fileStem?: string }[] = [
  { panel: 'summary', label: 'the summary', fileStem: 'summary' },
  { panel: 'trends', label: 'the trends' },
  { panel: 'office-map', label: 'the field-office map' },
];

export interface BriefingImages {
  built: BriefingPanel[];
  /** "the trends (reason)", one per image that could not be built. */
  leftOut: string[];
}

export async function buildBriefingImages(view: View, client: QueryClient): Promise<BriefingImages> {
  const results = await Promise.allSettled(BRIEFING_IMAGES.map(({ panel }) => buildImageExport(panel, view, client)));
  const built: BriefingPanel[] = [];
  const leftOut: string[] = [];
  results.forEach((result, i) => {
    const image = BRIEFING_IMAGES[i];
    if (result.status === 'fulfilled') built.push(image?.fileStem ? { ...result.value, fileStem: image.fileStem } : result.value);
    else leftOut.push(`${image?.label ?? 'an image'} (${errorReason(result.reason)})`);
  });
  return { built, leftOut };
}

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** " Left out: a; b." or nothing. */
export const leftOutText = (leftOut: readonly string[]): string => (leftOut.length > 0 ? ` Left out: ${leftOut.join('; ')}.` : '');
