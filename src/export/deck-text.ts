/**
 * The briefing deck's words, as plain strings (pure; briefing-deck.ts places them on the slides): the
 * title slide's lines, each chart slide's notes (its sources, the data's as-of date and the link
 * that reproduces the view) and the file name. Kept apart from the PowerPoint library so they are
 * tested without it, and so the library stays in the chunk that loads on demand.
 */
import type { DatasetKind } from '../data/types';
import { datasetText, SAMPLE_NOTE, sourceText, viewLinkText } from './composition-text';
import type { ExportDatasetInfo, ExportInput } from './composition-types';
import { exportFileName } from './file-names';
import { INTERNAL_MARK } from '../domain/release-notes';
import { YOUR_DATA_MARK } from '../domain/your-data';

export const PPTX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** What the title slide says: the dataset, the filters in words, the summary sentence, the marks. */
export interface DeckTitle {
  dataset: ExportDatasetInfo & { id: string; kind: DatasetKind };
  /** One phrase per active filter (viewFilterPhrases). */
  filters: readonly string[];
  /** The headline's one-sentence summary. */
  summary: string;
  /** True when any figure in the deck is generated sample data: the SAMPLE DATA mark is shown. */
  sample: boolean;
  /** An analyst's own data: the YOUR DATA sentence (file name, load date, not published); else null. */
  yourData: string | null;
  /** The dataset part of the file name (datasetFileTag: an analyst's file name and load date). */
  fileTag: string;
  /** Release mode's notice, or the INTERNAL — NOT FOR RELEASE sentence (release-notes.ts); none when neither applies. */
  releaseNotes: readonly string[];
  /** An analyst's own figures with release mode off: the INTERNAL badge replaces YOUR DATA. */
  internal: boolean;
  /** `suppress-10` or `internal-not-for-release` at the head of the file name (releaseFileTag); null otherwise. */
  releaseTag: string | null;
  viewUrl: string;
}

export const DECK_HEADING = 'Cross Country Outcomes: briefing';
export const DECK_SUBHEADING = 'Results of the FBI’s Operation Cross Country against child sex trafficking';

/** Where the figures come from, by the dataset's kind; said on the title slide whatever the kind. */
const ORIGIN_TEXT: Record<DatasetKind, string> = {
  published: 'Published figures, compiled from FBI releases and news reports; every figure is cited in the notes.',
  sample: 'SAMPLE DATA: a demonstration dataset; figures marked SAMPLE DATA are generated, not published.',
  imported: 'YOUR DATA: figures from an analyst’s own file, not the published release figures.',
};

export interface TitleSlideText {
  heading: string;
  subheading: string;
  summary: string;
  filters: readonly string[];
  dataset: string;
  origin: string;
  /** The SAMPLE DATA note under the origin line; null when no figure is generated. */
  sampleNote: string | null;
  /** The badge's words when the figures are an analyst's own (INTERNAL — NOT FOR RELEASE with release mode off); null otherwise. */
  yourDataBadge: string | null;
  /** Release mode's notice or the INTERNAL sentence, each a line under the origin. */
  releaseNotes: readonly string[];
  viewLink: string;
}

export function titleSlideText(title: DeckTitle): TitleSlideText {
  return {
    heading: DECK_HEADING,
    subheading: DECK_SUBHEADING,
    summary: title.summary,
    filters: title.filters,
    dataset: datasetText(title.dataset),
    // An analyst's data say whose file and when, as every other export does.
    origin: title.yourData ?? ORIGIN_TEXT[title.dataset.kind],
    sampleNote: title.sample ? SAMPLE_NOTE.replace('in this image', 'in this deck') : null,
    yourDataBadge: title.internal ? INTERNAL_MARK : title.yourData === null ? null : YOUR_DATA_MARK,
    releaseNotes: title.releaseNotes,
    viewLink: viewLinkText(title.viewUrl),
  };
}

/**
 * A chart slide's speaker notes: every source of the figures on the slide, one a line (a presenter
 * reads them aloud or checks them), then the as-of line and the link to the view.
 */
export function chartSlideNotes(input: ExportInput): string {
  const cited = [...new Set(input.sources.map(sourceText))];
  const sources = cited.length === 0 ? ['Sources: none listed for these values.'] : ['Sources:', ...cited.map((text) => `• ${text}`)];
  return [...sources, '', datasetText(input.dataset), viewLinkText(input.viewUrl)].join('\n');
}

export function titleSlideNotes(title: DeckTitle): string {
  const text = titleSlideText(title);
  return [text.dataset, text.origin, ...(text.sampleNote ? [text.sampleNote] : []), ...text.releaseNotes, text.viewLink].join('\n');
}

export function briefingDeckFileName(dataset: string, asOf: string, release: string | null = null): string {
  return exportFileName(['occ', release, dataset, 'briefing-deck', asOf], 'pptx');
}
