/**
 * The breakdown tables as CSV records, built from the same view model the table renders, so a
 * download holds exactly the rows, order and columns on screen. Each value column becomes three: the
 * number (empty when not reported, never 0), its qualifier (blank, at-least, approximately) and its
 * state; the offices table adds a fourth, the coverage, filled only on the sum row so the qualifier
 * column keeps one vocabulary. The editions table adds the change from the previous comparable edition
 * as numbers an analyst can compute with (CHANGE_COLUMNS); the only sentence left is the wording
 * change behind a "not comparable", in the change note.
 *
 * Notes (the sort caveat, the SAMPLE DATA mark) follow the data as rows of their own, padded to the
 * header's width so the file stays rectangular.
 */
import type { Metric } from '../data/types';
import type { BreakdownCell, SumCell } from './breakdown-cells';
import type { Comparison } from './comparison';
import { describeComparison } from './describe-comparison';
import type { EditionsView } from './breakdown-editions';
import { editionsSortCaveat, officesSortCaveat, SAMPLE_DATA_NOTE } from './breakdown-notes';
import type { OfficesView } from './breakdown-offices';

export type CsvRecordValue = string | number | null;
export type CsvRecord = CsvRecordValue[];

export interface BreakdownRecords {
  header: string[];
  rows: CsvRecord[];
  notes: string[];
}

const valueHeaders = (metric: Metric): string[] => [metric.shortLabel, `${metric.shortLabel} qualifier`, `${metric.shortLabel} state`];

const valueFields = (cell: BreakdownCell | undefined): CsvRecord =>
  cell ? [cell.value, cell.qualifier ?? '', cell.state] : [null, '', 'not-reported'];

const officeValueHeaders = (metric: Metric): string[] => [...valueHeaders(metric), `${metric.shortLabel} coverage`];

/** An office or national value: its coverage cell stays empty (coverage belongs to the sum). */
const officeValueFields = (cell: BreakdownCell | undefined): CsvRecord => [...valueFields(cell), ''];

const sumFields = (cell: SumCell): CsvRecord => [...valueFields(cell), cell.coverage];

const sourceList = (ids: readonly string[]): string => ids.join('; ');

export function officesRecords(view: OfficesView): BreakdownRecords {
  const header = ['Office', ...view.metrics.flatMap(officeValueHeaders), 'Selected', 'Sources'];
  const rows: CsvRecord[] = [
    [view.national.label, ...view.metrics.flatMap((_, i) => officeValueFields(view.national.cells[i])), '', sourceList(view.national.sourceIds)],
    [view.sum.label, ...view.sum.cells.flatMap(sumFields), '', sourceList(view.sum.sourceIds)],
    ...view.rows.map((row): CsvRecord => [
      row.label,
      ...view.metrics.flatMap((_, i) => officeValueFields(row.cells[i])),
      row.selected ? 'yes' : '',
      sourceList(row.sourceIds),
    ]),
  ];
  const notes = [
    ...(view.sortMetric ? [officesSortCaveat(view.sortMetric)] : []),
    ...(view.hasSynthetic ? [SAMPLE_DATA_NOTE] : []),
  ];
  return { header, rows, notes };
}

/** After each value of the editions table: `change`, `change percent`, `compared with`, `change state`, `change note`. */
const CHANGE_COLUMNS = ['change', 'change percent', 'compared with', 'change state', 'change note'] as const;

/** A percentage to one decimal, half away from zero (so +0.05 % and −0.05 % round alike), never −0. */
function percent(ratio: number): number {
  const tenths = Math.sign(ratio) * Math.round(Math.abs(ratio) * 1000);
  return tenths === 0 ? 0 : tenths / 10;
}

/**
 * The change as CSV fields. Numbers only where the change is known: `exact`, or `approximate` when a
 * value was published as "nearly N" (the numbers then carry that uncertainty, as a value's qualifier
 * does). A lower bound gives `change-unknown`, a wording change `not-comparable` (with the wording in
 * the note), and both keep the edition compared with; the percentage is blank against a previous 0.
 */
export function changeFields(comparison: Comparison): CsvRecord {
  switch (comparison.kind) {
    case 'not-reported':
      return [null, null, '', 'not-reported', ''];
    case 'no-previous':
      return [null, null, '', 'first-figure', ''];
    case 'not-comparable':
      return [null, null, comparison.previous.id, 'not-comparable', describeComparison(comparison)];
    case 'bounds':
      return [null, null, comparison.previous.id, 'change-unknown', ''];
    case 'not-shown':
      return [null, null, comparison.previous.id, 'not-shown', ''];
    case 'change':
      return [
        comparison.delta,
        comparison.ratio === null ? null : percent(comparison.ratio),
        comparison.previous.id,
        comparison.exact ? 'exact' : 'approximate',
        '',
      ];
  }
}

export function editionsRecords(view: EditionsView): BreakdownRecords {
  const header = [
    'Edition',
    'Year',
    ...view.metrics.flatMap((metric) => [...valueHeaders(metric), ...CHANGE_COLUMNS.map((column) => `${metric.shortLabel} ${column}`)]),
    'Sources',
  ];
  const rows = view.rows.map((row): CsvRecord => {
    if (row.kind === 'gap') {
      // A year without an edition: no value and no change, and both states say why, in every metric column.
      const gapFields = view.metrics.flatMap((): CsvRecord => [null, '', row.gap.kind, null, null, '', row.gap.kind, '']);
      return ['', row.year, ...gapFields, sourceList(row.sourceIds)];
    }
    const cells = view.metrics.flatMap((_, i): CsvRecord => {
      const cell = row.cells[i];
      if (!cell) return [null, '', 'not-reported', ...changeFields({ kind: 'not-reported' })];
      return [...valueFields(cell), ...changeFields(cell.comparison)];
    });
    return [row.edition.id, row.year, ...cells, sourceList(row.sourceIds)];
  });
  const notes = [
    ...(view.sortMetric ? [editionsSortCaveat(view.sortMetric)] : []),
    ...(view.hasSynthetic ? [SAMPLE_DATA_NOTE] : []),
  ];
  return { header, rows, notes };
}

/** Header, data rows, then one padded row per note: what the CSV writer receives. */
export function recordsWithNotes(records: BreakdownRecords): CsvRecord[] {
  const width = records.header.length;
  const noteRows = records.notes.map((note): CsvRecord => [`Note: ${note}`, ...Array<CsvRecordValue>(width - 1).fill('')]);
  return [records.header, ...records.rows, ...noteRows];
}
