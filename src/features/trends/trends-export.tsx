/**
 * What the trends panel hands the export kit: the same view model the panel draws (trendsView), as a
 * title, the active filters, the summary sentence (the image's alt text), a legend of what the chart
 * shows, the sources of exactly the values shown, and the chart body. Pure but for the chart's
 * React elements, which are created only when the kit draws.
 *
 * One composition for the whole panel (the nation, then the selected offices as small multiples, as
 * on screen): the offices' bars only mean something beside the nation and on the scale the reader
 * chose, and a briefing gets one self-explaining image per panel instead of a folder of fragments.
 */
import type { Source } from '../../data/types';
import type { DatasetIndex } from '../../domain/dataset-index';
import { editionName } from '../../domain/format';
import { sourcesByIds } from '../../domain/sources';
import { yearSpan } from '../../domain/time-axis';
import { breakKey, seriesCoverage } from '../../domain/trends';
import type { TrendSeries } from '../../domain/trends';
import type { View } from '../../domain/resolve-view';
import { trendsView } from '../../domain/trends-view';
import { isSampleValue } from '../../domain/shown-value';
import { isInternalExport, releaseFileTag, releaseNotes } from '../../domain/release-notes';
import { datasetFileTag, yourDataNote } from '../../domain/your-data';
import type { TrendsView } from '../../domain/trends-view';
import type { ScaleMode } from '../../domain/view-request';
import { NATURAL_WIDTH } from '../../export/compose-export';
import { EXPORT_STYLE } from '../../export/composition-layout';
import type { ExportInput, PanelImage } from '../../export/composition-types';
import type { ImageFileNameParts } from '../../export/image-file-name';
import { NATION_COLOUR, OFFICE_COLOUR } from '../../charts/theme';
import { focusOnAxis, trendsLegend } from './trends-legend';
import { TrendsExportMarks } from './trends-export-marks';
import type { ExportTrendInput, TrendsExportCharts } from './trends-export-marks';
import { trendsExportHeight } from './trends-export-layout';
import type { TrendsExportSpec } from './trends-export-layout';
import { wordingNoteText } from './wording-note-text';

export interface TrendsExportContext {
  index: DatasetIndex;
  scaleMode: ScaleMode;
  /** The link that reproduces the view: the page URL when the export is made. */
  viewUrl: string;
}

/** The chart's width inside the composition at its natural size. */
export const TRENDS_EXPORT_WIDTH = NATURAL_WIDTH - 2 * EXPORT_STYLE.margin;

function chartInput(view: TrendsView, series: TrendSeries, options: Pick<ExportTrendInput, 'sharedMax' | 'scaleRows' | 'colour'>): ExportTrendInput {
  return {
    years: view.years,
    points: series.points,
    breaks: series.breaks.map((change) => ({ change, number: view.breakNumbers.get(breakKey(change)) ?? 0 })),
    focusEditionId: view.focus?.id ?? null,
    ...options,
  };
}

export function trendsExportCharts(view: TrendsView, scaleMode: ScaleMode): TrendsExportCharts {
  const offices = view.offices.map((item) => item.series);
  const spec: TrendsExportSpec = {
    national: { title: view.national.series.placeName, coverage: seriesCoverage(view.national.series) },
    scaleRows: view.scale.length,
    notes: view.breakNotes.map((note) => ({ number: note.number, text: wordingNoteText(note) })),
    officesHeading:
      scaleMode === 'shared'
        ? 'Selected field offices, on one shared y-scale so their bars compare (the nation keeps its own scale).'
        : 'Selected field offices, each on its own y-scale: compare their shapes, not their heights.',
    offices: offices.map((series) => ({ title: series.placeName, coverage: seriesCoverage(series) })),
  };
  return {
    spec,
    national: chartInput(view, view.national.series, { sharedMax: null, scaleRows: view.scale, colour: NATION_COLOUR }),
    offices: offices.map((series) =>
      chartInput(view, series, { sharedMax: scaleMode === 'shared' ? view.officeMax : null, scaleRows: [], colour: OFFICE_COLOUR }),
    ),
  };
}

/** Sources of the values drawn (bars and the scale rows), edition by edition, each once. */
export function trendsExportSources(view: TrendsView, index: DatasetIndex): Source[] {
  const series = [view.national.series, ...view.offices.map((item) => item.series)];
  const ids: string[] = [];
  view.national.series.points.forEach((_, i) => {
    for (const s of series) {
      const point = s.points[i];
      if (point && point.value !== null) ids.push(...point.sources.map((source) => source.id));
    }
    for (const row of view.scale) {
      const cell = row.cells[i];
      if (cell && cell.value !== null) ids.push(...cell.sourceIds);
    }
  });
  return sourcesByIds(index, [...new Set(ids)]);
}

function placesPhrase(view: TrendsView): string {
  const names = view.offices.map((item) => item.series.placeName);
  if (names.length === 0) return 'National';
  return `National and ${names.length === 1 ? 'one field office' : `${names.length} field offices`}: ${names.join(', ')}`;
}

/** The summary under the title and the image's alt text: the nation's sentence, then the offices. */
export function trendsExportSummary(view: TrendsView, scaleMode: ScaleMode): string {
  if (view.offices.length === 0) return view.national.summary;
  const offices = view.offices.map((item) => `${item.series.placeName} (${seriesCoverage(item.series)})`).join(', ');
  const scale = scaleMode === 'shared' ? 'on one shared y-scale' : 'each on its own y-scale';
  return `${view.national.summary} Also shown, ${scale}: ${offices}.`;
}

export function trendsExportInput(view: TrendsView, context: TrendsExportContext): ExportInput {
  const { manifest } = context.index.dataset;
  const charts = trendsExportCharts(view, context.scaleMode);
  const series = [view.national, ...view.offices].map((item) => item.series);
  const sampleScale = view.scale.some((row) => row.cells.some(isSampleValue));
  return {
    title: `${view.metric.label}, by edition`,
    filters: [
      view.metric.label,
      yearSpan(view.firstYear, view.lastYear),
      placesPhrase(view),
      view.focus && focusOnAxis(view) ? `Focus edition ${editionName(view.focus)}` : '',
    ],
    summary: trendsExportSummary(view, context.scaleMode),
    chart: {
      height: trendsExportHeight(charts.spec, TRENDS_EXPORT_WIDTH),
      draw: (size) => <TrendsExportMarks charts={charts} size={size} />,
    },
    legend: trendsLegend(view),
    sources: trendsExportSources(view, context.index),
    dataset: { title: manifest.title, version: manifest.version, asOf: manifest.asOf },
    viewUrl: context.viewUrl,
    sample: sampleScale || series.some((s) => s.hasSynthetic),
    yourData: yourDataNote(manifest),
    // Counted over the values the image draws of a count (scale figures are never withheld).
    releaseNotes: releaseNotes(manifest, context.index.suppression, view.metric.kind === 'outcome' ? series.flatMap((s) => s.points) : []),
    internal: isInternalExport(manifest, context.index.suppression),
  };
}

export function trendsExportFileName(view: TrendsView, datasetId: string): ImageFileNameParts {
  return {
    dataset: datasetId,
    panel: 'trends',
    metric: view.metric.id,
    period: { from: view.firstYear, to: view.lastYear },
    offices: view.offices.map((item) => item.series.place),
  };
}

/** The panel's image export for a resolved view: what the trends panel draws, composed for a briefing. */
export function trendsImageExport(view: View, viewUrl: string): PanelImage {
  const trends = trendsView(view);
  if (!trends) throw new Error('this dataset has no editions to chart');
  return {
    name: { ...trendsExportFileName(trends, datasetFileTag(view.index.dataset.manifest)), release: releaseFileTag(view.index.dataset.manifest, view.suppression) },
    input: trendsExportInput(trends, { index: view.index, scaleMode: view.request.scale, viewUrl }),
  };
}
