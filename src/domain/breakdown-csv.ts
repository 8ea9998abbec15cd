/**
 * The breakdown tables as CSV records, built from the same view model the table renders, so a
 * download holds exactly the rows, order and columns on screen. Each value column becomes three: the
 * number (empty when not reported, never 0), its qualifier (blank, at-least, approximately) and its
 * state; the offices table adds a fourth, the coverage, filled only on the sum row so the qualifier
 * column keeps one vocabulary. The editions table adds the change from the previous comparable edition
 * as a number and as a sentence.
 *
 * Notes (the sort caveat, the SAMPLE DATA mark) follow the data as rows of their own, padded to the
 * header's width so the file stays rectangular.
 */
import type { Metric } from '../data/types';
import type { BreakdownCell, SumCell } from './breakdown-cells';
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

export function editionsRecords(view: EditionsView): BreakdownRecords {
  const header = [
    'Edition',
    'Year',
    ...view.metrics.flatMap((metric) => [...valueHeaders(metric), `${metric.shortLabel} change`, `${metric.shortLabel} change note`]),
    'Sources',
  ];
  const rows = view.rows.map((row): CsvRecord => {
    if (row.kind === 'gap') {
      // A year without an edition: no value, and the state says why, in every metric column.
      const gapFields = view.metrics.flatMap((): CsvRecord => [null, '', row.gap.kind, null, row.stateLabel]);
      return ['', row.year, ...gapFields, sourceList(row.sourceIds)];
    }
    const cells = view.metrics.flatMap((_, i): CsvRecord => {
      const cell = row.cells[i];
      if (!cell) return [null, '', 'not-reported', null, ''];
      // Nothing to compare when the edition has no value; the state column already says so.
      return [...valueFields(cell), cell.change, cell.comparison.kind === 'not-reported' ? '' : cell.changeText];
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
