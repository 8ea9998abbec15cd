/**
 * The files a breakdown table downloads, composed from its view model with the export kit: the CSV
 * (from the same records the table shows), and the ZIP entries (CSV, metadata JSON, README). Pure,
 * so the tests check exact bytes without a browser.
 */
import type { Edition, Metric } from '../../data/types';
import { sourceIdsOf } from '../../domain/breakdown-cells';
import type { ColumnPreset } from '../../domain/breakdown-columns';
import { columnPresetFileTag } from '../../domain/breakdown-columns';
import { editionsRecords, officesRecords, recordsWithNotes } from '../../domain/breakdown-csv';
import type { BreakdownRecords } from '../../domain/breakdown-csv';
import { editionsTable, editionsView } from '../../domain/breakdown-editions';
import type { EditionsView } from '../../domain/breakdown-editions';
import {
  breakdownMetadata,
  breakdownReadme,
  METADATA_FILE_NAME,
  README_FILE_NAME,
} from '../../domain/breakdown-metadata';
import type { BreakdownExportDescription } from '../../domain/breakdown-metadata';
import { officesTable, officesView } from '../../domain/breakdown-offices';
import type { OfficesView } from '../../domain/breakdown-offices';
import type { View } from '../../domain/resolve-view';
import { releaseFileTag, releaseNotes } from '../../domain/release-notes';
import type { CountShown } from '../../domain/release-notes';
import { datasetFileTag, yourDataNote } from '../../domain/your-data';
import type { BriefingCsv } from '../../export/briefing-pack';
import type { TableSort } from '../../domain/breakdown-sort';
import type { DatasetIndex } from '../../domain/dataset-index';
import { editionName } from '../../domain/format';
import { toCsv } from '../../export/csv';
import { exportFileName } from '../../export/file-names';
import type { ZipEntry } from '../../export/zip';

export interface BreakdownExport {
  csvFileName: string;
  zipFileName: string;
  csv: string;
  description: BreakdownExportDescription;
}

export interface ExportContext {
  index: DatasetIndex;
  preset: ColumnPreset;
  /** The link that reproduces the view (the page URL at the time of the click). */
  viewUrl: string;
}

export const OFFICES_TABLE_ID = 'offices-by-metric';
export const EDITIONS_TABLE_ID = 'editions-by-metric';

// The titles name the table's regions too, and a label search such as getByLabel('Metric') matches any
// name that contains the word, so they avoid the filter bar's words (metric, from, to, dataset).
export function officesTableTitle(edition: Edition): string {
  return `Each field office, ${editionName(edition)}`;
}

export function editionsTableTitle(years: readonly [number, number]): string {
  return `Each edition, national figures, ${years[0]}–${years[1]}`;
}

/** Up to three selected offices name themselves; more are counted (a file name is not a list). */
function officesFileTag(view: OfficesView): string | null {
  if (!view.options.selectedOnly) return null;
  const ids = view.selectedOfficeIds;
  return ids.length <= 3 ? ids.join('+') : `${ids.length}-selected-offices`;
}

const sortDescription = (sort: TableSort) => ({ sortColumn: sort.column, sortDirection: sort.direction });

/** The notice counts the cells of count metrics (scale figures are never withheld, and a small one is no small count of people). */
const isCountColumn = (metrics: readonly Metric[], metricId: string): boolean => metrics.some((metric) => metric.id === metricId && metric.kind === 'outcome');

/** How a release-mode CSV reads: withheld values are empty, and their state says why. */
function releaseReadingNotes(threshold: number): string[] {
  return [
    `Release mode (suppress=${threshold}): a count from 1 to ${threshold - 1} has an empty value and the state "suppressed"`,
    '  (shown as "<' + String(threshold) + '" on the page); a further count hidden so that none can be worked out has an empty',
    '  value and the state "hidden", as does a sum that would give one away. A change next to a withheld value has',
    '  the change state "not-shown".',
  ];
}

function compose(
  context: ExportContext,
  tableRecords: BreakdownRecords,
  shown: readonly CountShown[],
  nameParts: readonly (string | null)[],
  description: Omit<BreakdownExportDescription, 'csvFileName' | 'header' | 'rowCount' | 'notes'>,
): BreakdownExport {
  // An analyst's own figures say so in the CSV's notes, the README's caveats and the metadata alike.
  // Release mode's notice (counted over the cells of this table) or the INTERNAL mark, likewise.
  const { manifest } = context.index.dataset;
  const model = context.index.suppression;
  const yourData = yourDataNote(manifest);
  const extra = [...(yourData === null ? [] : [yourData]), ...releaseNotes(manifest, model, shown)];
  const records = { ...tableRecords, notes: [...tableRecords.notes, ...extra] };
  const base = ['occ', releaseFileTag(manifest, model), datasetFileTag(manifest), ...nameParts, columnPresetFileTag(context.preset)];
  const csvFileName = exportFileName(base, 'csv');
  return {
    csvFileName,
    zipFileName: exportFileName(base, 'zip'),
    csv: toCsv(recordsWithNotes(records)),
    description: {
      ...description,
      view: { ...description.view, releaseMode: model ? model.threshold : null },
      readingNotes: model ? [...description.readingNotes, ...releaseReadingNotes(model.threshold)] : description.readingNotes,
      csvFileName,
      header: records.header,
      rowCount: records.rows.length,
      notes: records.notes,
    },
  };
}

export function officesExport(view: OfficesView, context: ExportContext): BreakdownExport {
  const records = officesRecords(view);
  const search = view.options.search.trim();
  const cells = [view.national, ...view.rows].flatMap((row) => row.cells).filter((cell) => isCountColumn(view.metrics, cell.metricId));
  return compose(context, records, cells, [OFFICES_TABLE_ID, view.edition.id, officesFileTag(view), search ? `search-${search}` : null], {
    tableId: OFFICES_TABLE_ID,
    title: officesTableTitle(view.edition),
    metrics: view.metrics,
    sourceIds: sourceIdsOf([view.national, ...view.rows]),
    view: {
      edition: view.edition.id,
      columns: context.preset,
      search,
      selectedOnly: view.options.selectedOnly,
      selectedOffices: view.selectedOfficeIds,
      officesShown: view.rows.length,
      ...sortDescription(view.options.sort),
    },
    readingNotes: [
      `The first row is the national figure as the release stated it; the second sums the ${view.rows.length} offices shown.`,
      'The sum row\'s qualifier says how exact it is: "at-least" when an office did not report or a part is a',
      '  lower bound, "approximately" when a part was published as "nearly N" (a sum that is both is "at-least").',
      'The sum row\'s coverage columns say how many offices reported a published figure and how many values are',
      '  synthetic; a sum with synthetic values has the state "synthetic" and the qualifier of the national',
      '  figure they were spread from. The coverage columns are empty on every other row.',
    ],
    viewUrl: context.viewUrl,
  });
}

export function editionsExport(view: EditionsView, context: ExportContext): BreakdownExport {
  const records = editionsRecords(view);
  const cells = view.rows.flatMap((row) => (row.kind === 'edition' ? row.cells : [])).filter((cell) => isCountColumn(view.metrics, cell.metricId));
  return compose(context, records, cells, [EDITIONS_TABLE_ID, `${view.years[0]}-${view.years[1]}`], {
    tableId: EDITIONS_TABLE_ID,
    title: editionsTableTitle(view.years),
    metrics: view.metrics,
    sourceIds: sourceIdsOf(view.rows),
    view: { from: view.years[0], to: view.years[1], columns: context.preset, ...sortDescription(view.sort) },
    readingNotes: [
      'One row per edition; a year without one is a row whose state says "no-operation" or "no-results-published".',
      'The change columns compare with the previous edition that reported the figure ("compared with", an',
      '  edition id): "change" and "change percent" (one decimal; blank against a previous 0) are numbers where',
      '  the change is known, and "change state" says how: exact, approximate (a value was "nearly N"),',
      '  change-unknown (a value is a lower bound), not-comparable (the release wording changed; the change',
      '  note quotes both wordings), first-figure or not-reported. Numbers are blank in every other state.',
    ],
    viewUrl: context.viewUrl,
  });
}

/** The ZIP's files, in the order a reader opens them. */
export function zipEntries(context: ExportContext, file: BreakdownExport): ZipEntry[] {
  return [
    { name: README_FILE_NAME, content: breakdownReadme(context.index, file.description) },
    { name: file.csvFileName, content: file.csv },
    { name: METADATA_FILE_NAME, content: `${JSON.stringify(breakdownMetadata(context.index, file.description), null, 2)}\n` },
  ];
}

/**
 * Both tables' CSV exactly as a Download CSV click would save them for this view (the same columns,
 * sort, search and rows): the briefing pack's tables.
 */
export function breakdownCsvFiles(view: View, viewUrl: string): BriefingCsv[] {
  const { index, request, columns } = view;
  const context: ExportContext = { index, preset: request.columns, viewUrl };
  const files: BreakdownExport[] = [];
  if (view.focus) {
    const table = officesTable(index, view.focus, columns, request.offices);
    const options = { sort: request.officeSort, search: request.search, selectedOnly: request.rows === 'selected' };
    files.push(officesExport(officesView(table, options), context));
  }
  const editions = editionsTable(index, columns, request.from, request.to);
  files.push(editionsExport(editionsView(editions, request.editionSort), context));
  return files.map((file) => ({ fileName: file.csvFileName, text: file.csv }));
}
