/**
 * What travels with a breakdown table in its ZIP: a metadata JSON (dataset, version, as-of date, the
 * view's filters, metric definitions, the sources of the values shown) and a short README. Pure text
 * from the same view model as the CSV, so the three files always agree.
 */
import type { Metric } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import { formatDate } from './format';
import { sourcesByIds } from './sources';
import { VALUE_STATE_LABEL } from './value-state';

export interface BreakdownExportDescription {
  /** `offices-by-metric` or `editions-by-metric`. */
  tableId: string;
  /** "Field offices by metric, OCC XIII (2023)". */
  title: string;
  csvFileName: string;
  header: string[];
  rowCount: number;
  metrics: readonly Metric[];
  sourceIds: readonly string[];
  notes: readonly string[];
  /** The choices that shaped the rows: edition or years, search, selection, columns, sort. */
  view: Record<string, string | number | boolean | null | readonly string[]>;
  /** Table-specific lines for the README ("How to read"). */
  readingNotes: readonly string[];
  /** The link that reproduces the view. */
  viewUrl: string;
}

export const METADATA_FILE_NAME = 'metadata.json';
export const README_FILE_NAME = 'README.txt';

const STATE_WORDS: Record<string, string> = {
  ...VALUE_STATE_LABEL,
  'no-results-published': 'No results published (a year with no results found)',
};

export function breakdownMetadata(index: DatasetIndex, description: BreakdownExportDescription): object {
  const { manifest } = index.dataset;
  return {
    dataset: {
      id: manifest.id,
      title: manifest.title,
      kind: manifest.kind,
      version: manifest.version,
      asOf: manifest.asOf,
      description: manifest.description,
    },
    table: {
      id: description.tableId,
      title: description.title,
      file: description.csvFileName,
      columns: description.header,
      rows: description.rowCount,
    },
    view: { url: description.viewUrl, ...description.view },
    notes: description.notes,
    valueStates: STATE_WORDS,
    metrics: description.metrics.map((metric) => ({
      id: metric.id,
      label: metric.label,
      shortLabel: metric.shortLabel,
      kind: metric.kind,
      definition: metric.description,
    })),
    sources: sourcesByIds(index, description.sourceIds).map((source) => ({ ...source })),
  };
}

export function breakdownReadme(index: DatasetIndex, description: BreakdownExportDescription): string {
  const { manifest } = index.dataset;
  const sources = sourcesByIds(index, description.sourceIds);
  const lines = [
    `Cross Country Outcomes: ${description.title}`,
    '',
    `Dataset: ${manifest.title} (id "${manifest.id}"), version ${manifest.version}, as of ${formatDate(manifest.asOf)}.`,
    `View: ${description.viewUrl}`,
    '',
    'Files',
    `  ${description.csvFileName}  the table as shown on the page: the same rows, order and columns`,
    `  ${METADATA_FILE_NAME}  dataset, filters, metric definitions and the sources of the values shown`,
    `  ${README_FILE_NAME}  this file`,
    '',
    'How to read the CSV',
    '- UTF-8 with a byte-order mark, comma-separated, CRLF line ends (RFC 4180).',
    '- Each metric has a value column, a qualifier column ("at-least": published as "more than N";',
    '  "approximately": published as "nearly N") and a state column.',
    `- States: ${Object.keys(STATE_WORDS).join(', ')}.`,
    '- An empty value means the source reported no figure. It is never a zero.',
    '- Text that begins with = + - @ (or a tab or line break) starts with an apostrophe, so that a',
    '  spreadsheet shows it as text instead of running it as a formula. Numbers are plain numbers.',
    ...description.readingNotes.map((note) => `- ${note}`),
    '- Rows that begin with "Note:" after the data carry the caveats below.',
    '',
    'Caveats',
    ...(description.notes.length > 0 ? description.notes.map((note) => `- ${note}`) : ['- None beyond the definitions in metadata.json.']),
    '',
    'Sources of the values shown',
    ...(sources.length > 0
      ? sources.map((source) => `  ${source.id}  ${source.outlet}, ${formatDate(source.date)}${source.url ? `, ${source.url}` : ''}`)
      : ['  None: no value shown has a published source.']),
    '',
  ];
  return lines.join('\r\n');
}
