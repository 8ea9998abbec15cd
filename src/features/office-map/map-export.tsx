/**
 * What the map hands the export kit: the map's own model (officeMapModel, the selector the map and
 * its list read) as a title, the active filters, the summary sentence, the state legend, the
 * sources of exactly the offices' values shown, and the chart body at a fixed size. The whole map is
 * exported, whatever the zoom on screen; the selected offices keep their ring, and the subtitle says so.
 */
import type { Source } from '../../data/types';
import type { DatasetIndex } from '../../domain/dataset-index';
import { editionName } from '../../domain/format';
import { officeMapModel } from '../../domain/office-map';
import type { OfficeMapModel } from '../../domain/office-map';
import type { View } from '../../domain/resolve-view';
import { sourcesByIds } from '../../domain/sources';
import { isInternalExport, releaseFileTag, releaseNotes } from '../../domain/release-notes';
import { datasetFileTag, yourDataNote } from '../../domain/your-data';
import { NATURAL_WIDTH } from '../../export/compose-export';
import { EXPORT_STYLE } from '../../export/composition-layout';
import type { ExportInput, PanelImage } from '../../export/composition-types';
import type { ImageFileNameParts } from '../../export/image-file-name';
import type { Basemap } from './layout/basemap';
import { mapFrame, projectPoint } from './layout/projection';
import { sizedValue } from './layout/symbols';
import { MapExportMarks } from './map-export-marks';
import { mapExportHeight, mapExportLayout } from './map-export-layout';
import type { MapExportSpec } from './map-export-layout';
import { officeMapSummary } from '../../domain/office-map-summary';
import { mapLegend, mapNotes, sizeKeyCaption } from './map-legend';

export interface MapExportContext {
  index: DatasetIndex;
  /** Null when the outlines are not available: offices are drawn on their own. */
  basemap: Basemap | null;
  /** Office ids selected in the filters, in the order chosen. */
  selectedIds: readonly string[];
  viewUrl: string;
}

/** The chart's width inside the composition at its natural size. */
export const MAP_EXPORT_WIDTH = NATURAL_WIDTH - 2 * EXPORT_STYLE.margin;

/** Offices the map has no recorded position for (none of the 56 published; named so nothing is lost silently). */
function unplacedNames(model: OfficeMapModel): string[] {
  const frame = mapFrame({ width: MAP_EXPORT_WIDTH, height: MAP_EXPORT_WIDTH });
  return model.figures.filter((f) => projectPoint(frame, f.office.lon, f.office.lat) === null).map((f) => f.office.name);
}

export function mapExportSpec(model: OfficeMapModel, withOutlines = true): MapExportSpec {
  return {
    figures: model.figures,
    caption: model.coverage.caption,
    keyCaption: sizeKeyCaption(model, model.figures.some((f) => sizedValue(f) !== null)),
    notes: mapNotes(model, { unplaced: unplacedNames(model), outlines: withOutlines }),
  };
}

/** Sources of the offices' values shown, in the offices' order, each once. */
export function mapExportSources(model: OfficeMapModel, index: DatasetIndex): Source[] {
  const ids = model.figures.flatMap((f) => (f.value === null ? [] : f.sources.map((source) => source.id)));
  return sourcesByIds(index, [...new Set(ids)]);
}

function selectionPhrase(model: OfficeMapModel, selectedIds: readonly string[]): string {
  const names = selectedIds.flatMap((id) => model.figures.find((f) => f.office.id === id)?.office.name ?? []);
  const all = `All ${model.figures.length} field offices`;
  if (names.length === 0) return all;
  return `${all}; ringed: ${names.length === 1 ? 'the selected office' : `the ${names.length} selected offices`}, ${names.join(', ')}`;
}

export function mapExportInput(model: OfficeMapModel, context: MapExportContext): ExportInput {
  const { manifest } = context.index.dataset;
  const known = new Set(model.figures.map((f) => f.office.id));
  const selected = new Set(context.selectedIds.filter((id) => known.has(id)));
  const spec = mapExportSpec(model, context.basemap !== null);
  const height = mapExportHeight(spec, MAP_EXPORT_WIDTH);
  // The layout at the natural size (cached: the drawing at that size reuses it).
  const displaced = mapExportLayout(spec, { width: MAP_EXPORT_WIDTH, height }).displayed.some((s) => s.displaced);
  return {
    title: `${model.metric.label}, by field office, ${editionName(model.edition)}`,
    filters: [model.metric.label, editionName(model.edition), selectionPhrase(model, context.selectedIds)],
    summary: officeMapSummary(model),
    chart: {
      height,
      draw: (size) => <MapExportMarks drawing={{ spec, basemap: context.basemap, selected }} size={size} />,
    },
    legend: mapLegend(model, { selected: selected.size > 0, displaced }),
    sources: mapExportSources(model, context.index),
    dataset: { title: manifest.title, version: manifest.version, asOf: manifest.asOf },
    viewUrl: context.viewUrl,
    sample: model.hasSynthetic,
    yourData: yourDataNote(manifest),
    releaseNotes: releaseNotes(manifest, context.index.suppression, model.metric.kind === 'outcome' ? model.figures : []),
    internal: isInternalExport(manifest, context.index.suppression),
  };
}

export function mapExportFileName(model: OfficeMapModel, datasetId: string): ImageFileNameParts {
  return {
    dataset: datasetId,
    panel: 'office-map',
    metric: model.metric.id,
    period: { edition: model.edition.id },
    // The map shows every office (a selection only rings some): the name says so rather than "national".
    offices: ['all-offices'],
  };
}

/**
 * The panel's image export for a resolved view: the whole map at zoom 1. `atlas` is null when the
 * outlines could not be loaded; the offices are then drawn on their own and the image says so.
 */
export function mapImageExport(view: View, basemap: Basemap | null, viewUrl: string): PanelImage {
  if (!view.focus) throw new Error('this dataset has no edition to map');
  const model = officeMapModel(view.index, view.focus, view.metric);
  const context = { index: view.index, basemap, selectedIds: view.request.offices, viewUrl };
  const { manifest } = view.index.dataset;
  const name = { ...mapExportFileName(model, datasetFileTag(manifest)), release: releaseFileTag(manifest, view.suppression) };
  return { name, input: mapExportInput(model, context) };
}
