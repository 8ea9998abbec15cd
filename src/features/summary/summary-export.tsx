/**
 * The one-page summary image (briefing pack summary.png / summary.svg, and a slide of the deck): the
 * headline's sentence and its key-figure cards, each with its sparkline over every edition, composed
 * by the export kit like every chart (title, filters, SAMPLE DATA mark, legend, sources, as-of date,
 * dataset version, the link that reproduces the view). Built from the same selectors as the page's
 * headline (headlineCards, headlineSummary), so the image and the page say the same thing.
 */
import type { Edition, Source } from '../../data/types';
import type { DatasetIndex } from '../../domain/dataset-index';
import { editionName } from '../../domain/format';
import { headlineCards, headlineYears } from '../../domain/headline';
import type { HeadlineCard } from '../../domain/headline';
import type { View } from '../../domain/resolve-view';
import { sourcesByIds } from '../../domain/sources';
import { yearSpan } from '../../domain/time-axis';
import { isInternalExport, releaseFileTag, releaseNotes } from '../../domain/release-notes';
import { datasetFileTag, yourDataNote } from '../../domain/your-data';
import { headlineSummary } from '../../domain/summary';
import { NATURAL_WIDTH } from '../../export/compose-export';
import { EXPORT_STYLE } from '../../export/composition-layout';
import type { ExportInput, PanelImage } from '../../export/composition-types';
import { summaryCardSpecs } from './summary-cards';
import { summaryCardsHeight, summaryCardsLayout } from './summary-cards-layout';
import { SummaryCardsMarks } from './summary-cards-marks';
import { summaryLegend } from './summary-legend';

/** The cards' width inside the composition at its natural size. */
export const SUMMARY_EXPORT_WIDTH = NATURAL_WIDTH - 2 * EXPORT_STYLE.margin;

/**
 * Sources of every figure drawn: the cards' own values first (what a reader checks first), then
 * those behind the sparklines' bars, edition by edition; each once.
 */
export function summaryExportSources(cards: readonly HeadlineCard[], index: DatasetIndex): Source[] {
  const ids = cards.flatMap((card) => (card.value === null ? [] : card.sources.map((source) => source.id)));
  const editions = cards[0]?.trend.points.length ?? 0;
  for (let i = 0; i < editions; i += 1) {
    for (const card of cards) {
      const point = card.trend.points[i];
      if (point && point.value !== null) ids.push(...point.sources.map((source) => source.id));
    }
  }
  return sourcesByIds(index, [...new Set(ids)]);
}

export function summaryExportInput(index: DatasetIndex, focus: Edition, metricId: string, viewUrl: string): ExportInput {
  const metric = index.metricById.get(metricId);
  if (!metric) throw new Error(`the dataset has no metric "${metricId}"`);
  const { manifest } = index.dataset;
  const cards = headlineCards(index, focus, metricId);
  const years = headlineYears(index);
  const specs = summaryCardSpecs(cards, years, focus.id);
  const span = { first: years[0]?.year ?? focus.year, last: years.at(-1)?.year ?? focus.year };
  return {
    title: `Key figures at a glance, ${editionName(focus)}`,
    filters: ['National figures', `Focus edition ${editionName(focus)}`, `Chosen metric: ${metric.label}`, `Sparklines: every edition, ${yearSpan(span.first, span.last)}`],
    summary: headlineSummary(index, focus, metric),
    chart: {
      height: summaryCardsHeight(specs, SUMMARY_EXPORT_WIDTH),
      draw: (size) => <SummaryCardsMarks layout={summaryCardsLayout(specs, span, size)} />,
    },
    legend: summaryLegend(cards, years, focus),
    sources: summaryExportSources(cards, index),
    dataset: { title: manifest.title, version: manifest.version, asOf: manifest.asOf },
    viewUrl,
    sample: cards.some((card) => card.state === 'synthetic' || card.trend.hasSynthetic),
    yourData: yourDataNote(manifest),
    // Counted over the counts the image draws: every edition of each outcome card's sparkline.
    releaseNotes: releaseNotes(manifest, index.suppression, cards.filter((card) => card.metric.kind === 'outcome').flatMap((card) => card.trend.points)),
    internal: isInternalExport(manifest, index.suppression),
  };
}

/** The summary image of a resolved view: the headline of its focus edition and chosen metric. */
export function summaryImageExport(view: View, viewUrl: string): PanelImage {
  if (!view.focus) throw new Error('this dataset has no edition with results to summarise');
  return {
    name: {
      dataset: datasetFileTag(view.index.dataset.manifest),
      panel: 'summary',
      metric: view.metric.id,
      period: { edition: view.focus.id },
      offices: [],
      release: releaseFileTag(view.index.dataset.manifest, view.suppression),
    },
    input: summaryExportInput(view.index, view.focus, view.metric.id, viewUrl),
  };
}
