/**
 * The briefing deck from the panels' exports: each image composed as the 1920 × 1080 slide
 * (compose-export.ts), drawn to PNG with its fonts embedded, one at a time, then written as a .pptx.
 * The app loads this module with a dynamic import on the deck button's click: it is the entry of the
 * deck's tool chunk (scripts/lib/tool-chunks.mjs), which alone holds the PowerPoint library.
 */
import { writeBriefingDeck } from './briefing-deck';
import type { DeckSlide } from './briefing-deck';
import { composeExport } from './compose-export';
import type { PanelImage } from './composition-types';
import { briefingDeckFileName, chartSlideNotes, PPTX_MIME_TYPE } from './deck-text';
import type { DeckTitle } from './deck-text';
import { loadExportFontCss } from './export-fonts';
import { renderPng } from './run-export';
import type { PngOptions } from './run-export';

export interface RenderedBriefingDeck {
  blob: Blob;
  fileName: string;
  /** Chart slides after the title slide. */
  charts: number;
}

export async function renderBriefingDeck(title: DeckTitle, images: readonly PanelImage[], options: PngOptions = {}): Promise<RenderedBriefingDeck> {
  const fontCss = options.fontCss ?? (await loadExportFontCss());
  const slides: DeckSlide[] = [];
  // One image at a time: a 1920 × 1080 canvas each, not worth holding in parallel.
  for (const image of images) {
    const png = await renderPng(composeExport(image.input, 'slide'), 1, { ...options, fontCss });
    slides.push({ png: new Uint8Array(await png.blob.arrayBuffer()), altText: image.input.summary, notes: chartSlideNotes(image.input) });
  }
  const bytes = await writeBriefingDeck(title, slides);
  return {
    blob: new Blob([bytes], { type: PPTX_MIME_TYPE }),
    fileName: briefingDeckFileName(title.fileTag, title.dataset.asOf, title.releaseTag),
    charts: slides.length,
  };
}
