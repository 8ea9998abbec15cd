/**
 * The briefing deck from the View: the title slide's words from the View itself (so the deck has a
 * title slide even when a chart fails), one slide per image of the briefing pack, and the file saved.
 * The PowerPoint code arrives with a dynamic import on the click (the deck's tool chunk).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { View } from '../domain/resolve-view';
import { headlineSummary } from '../domain/summary';
import { viewFilterPhrases } from '../domain/view-phrases';
import { pageReleaseNotice } from '../domain/page-release-notice';
import { internalNote, isInternalExport, releaseFileTag } from '../domain/release-notes';
import { datasetFileTag, yourDataNote } from '../domain/your-data';
import type { PanelImage } from '../export/composition-types';
import type { DeckTitle } from '../export/deck-text';
import { downloadBlob } from '../export/download';
import { buildBriefingImages, leftOutText, plural } from './briefing-images';
import { viewUrl } from './panel-exports';

export function deckTitle(view: View, images: readonly PanelImage[]): DeckTitle {
  const { manifest } = view.index.dataset;
  return {
    dataset: { id: manifest.id, kind: manifest.kind, title: manifest.title, version: manifest.version, asOf: manifest.asOf },
    filters: viewFilterPhrases(view),
    summary: view.focus ? headlineSummary(view.index, view.focus, view.metric) : 'This dataset has no edition with results to summarise.',
    // Any image showing a generated figure marks the deck; so does a sample dataset's title slide
    // when every chart failed, since its figures are generated.
    sample: images.some((image) => image.input.sample) || (images.length === 0 && manifest.kind === 'sample'),
    viewUrl: viewUrl(),
    yourData: yourDataNote(manifest),
    fileTag: datasetFileTag(manifest),
    // The title slide speaks for the deck: the notice as the page gives it, counted over what it shows.
    releaseNotes: [internalNote(manifest, view.suppression), pageReleaseNotice(view)].filter((note): note is string => note !== null),
    internal: isInternalExport(manifest, view.suppression),
    releaseTag: releaseFileTag(manifest, view.suppression),
  };
}

export async function makeBriefingDeck(view: View, client: QueryClient): Promise<string> {
  const [images, kit] = await Promise.all([buildBriefingImages(view, client), import('../export/run-briefing-deck')]);
  if (images.built.length === 0) throw new Error(`no chart could be drawn.${leftOutText(images.leftOut)}`);
  const deck = await kit.renderBriefingDeck(deckTitle(view, images.built), images.built);
  downloadBlob(deck.blob, deck.fileName);
  const contents = `a title slide and ${plural(deck.charts, 'chart slide', 'chart slides')}, each chart with its alt text and its sources in the notes`;
  return `Saved ${deck.fileName}: ${contents}.${leftOutText(images.leftOut)}`;
}
