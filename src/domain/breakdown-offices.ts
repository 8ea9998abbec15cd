/**
 * The offices × metrics table for the focus edition: every field office, the national figure as
 * released, and the sum of the offices shown with its coverage. Office values come from
 * officeFigures, the selector the map and the headline read, so the table and its CSV show exactly
 * what the rest of the page shows.
 */
import { NATIONAL } from '../data/types';
import type { Edition, Metric, Office } from '../data/types';
import { notShownSum, observationCell, officeFigureCell, sourceIdsOf, sumCell } from './breakdown-cells';
import type { BreakdownCell, SumCell } from './breakdown-cells';
import { DEFAULT_SORT, LABEL_COLUMN, sortRows } from './breakdown-sort';
import type { TableSort } from './breakdown-sort';
import type { DatasetIndex } from './dataset-index';
import { officeFigures } from './office-figures';
import { isSampleValue, sortKeyOf } from './shown-value';
import { officeSumShown } from './suppression';

export interface OfficeRow {
  kind: 'office';
  id: string;
  label: string;
  office: Office;
  selected: boolean;
  /** One cell per column metric, in column order. */
  cells: BreakdownCell[];
  sourceIds: string[];
}

export interface NationalRow {
  kind: 'national';
  id: typeof NATIONAL;
  label: string;
  cells: BreakdownCell[];
  sourceIds: string[];
}

export interface SumRow {
  kind: 'sum';
  id: 'sum';
  label: string;
  cells: SumCell[];
  sourceIds: string[];
}

export interface OfficesTable {
  edition: Edition;
  metrics: Metric[];
  national: NationalRow;
  /** Every office in the dataset's order (A–Z in the published list). */
  offices: OfficeRow[];
  /** The sum row's cell of one column over some rows: in release mode "not shown" where it would give a count away. */
  sumOf: (column: number, rows: readonly OfficeRow[]) => SumCell;
}

export const NATIONAL_ROW_LABEL = 'National (as released)';

export function officesTable(
  index: DatasetIndex,
  edition: Edition,
  metrics: readonly Metric[],
  selectedOfficeIds: readonly string[],
): OfficesTable {
  const selected = new Set(selectedOfficeIds);
  const figuresByMetric = metrics.map(
    (metric) => new Map(officeFigures(index, edition, metric.id).map((figure) => [figure.office.id, figure])),
  );
  const offices = index.dataset.offices.map((office): OfficeRow => {
    const cells = metrics.flatMap((metric, column) => {
      const figure = figuresByMetric[column]?.get(office.id);
      if (!figure) return [];
      return [officeFigureCell(metric.id, figure)];
    });
    return { kind: 'office', id: office.id, label: office.name, office, selected: selected.has(office.id), cells, sourceIds: sourceIdsOf(cells) };
  });
  const model = index.suppression;
  const nationalCells = metrics.map((metric) => observationCell(metric.id, index.observation(edition.id, NATIONAL, metric.id), model));
  const sumOf = (column: number, rows: readonly OfficeRow[]): SumCell => {
    const metricId = metrics[column]?.id ?? '';
    const cells = rows.flatMap((row) => (row.cells[column] ? [row.cells[column]] : []));
    if (!model || !cells.some((cell) => cell.withheld)) return sumCell(metricId, cells, nationalCells[column]);
    if (!officeSumShown(model, edition.id, metricId, rows.map((row) => row.id))) return notShownSum(metricId, cells);
    // The sum of every office, hidden ones included: the national figure less the shown cells, which a
    // reader has already (officeSumShown), so it is added up from the values themselves.
    const raw = (place: string) => observationCell(metricId, index.observation(edition.id, place, metricId));
    return sumCell(metricId, rows.map((row) => raw(row.id)), raw(NATIONAL));
  };
  return {
    edition,
    metrics: [...metrics],
    national: { kind: 'national', id: NATIONAL, label: NATIONAL_ROW_LABEL, cells: nationalCells, sourceIds: sourceIdsOf(nationalCells) },
    offices,
    sumOf,
  };
}

export interface OfficesViewOptions {
  sort: TableSort;
  /** Matched against office names and cities, ignoring case and accents. */
  search: string;
  /** Only the selected offices (ignored when none is selected, so the table is never emptied by it). */
  selectedOnly: boolean;
}

export interface OfficesView {
  edition: Edition;
  metrics: Metric[];
  national: NationalRow;
  sum: SumRow;
  /** The office rows shown, filtered and sorted. */
  rows: OfficeRow[];
  totalOffices: number;
  /** Every selected office (shown or not), in the table's order. */
  selectedOfficeIds: string[];
  selectedCount: number;
  /** The options in effect (`selectedOnly` is false when no office is selected). */
  options: OfficesViewOptions;
  /** The metric sorted by, or null when sorted by office name. */
  sortMetric: Metric | null;
  hasSynthetic: boolean;
}

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

export function matchesOfficeSearch(office: Office, search: string): boolean {
  const needle = fold(search);
  return needle === '' || fold(office.name).includes(needle) || fold(office.city).includes(needle);
}

export function sumRowLabel(shown: number, total: number): string {
  if (shown === total) return `Sum of the ${total} offices`;
  return shown === 1 ? 'Sum of the 1 office shown' : `Sum of the ${shown} offices shown`;
}

/** The rows as displayed (and downloaded): search, selection, sort, and the sum over what is shown. */
export function officesView(table: OfficesTable, options: OfficesViewOptions): OfficesView {
  const selectedOfficeIds = table.offices.filter((row) => row.selected).map((row) => row.id);
  const selectedCount = selectedOfficeIds.length;
  const selectedOnly = options.selectedOnly && selectedCount > 0;
  const filtered = table.offices.filter(
    (row) => (!selectedOnly || row.selected) && matchesOfficeSearch(row.office, options.search),
  );
  const column = table.metrics.findIndex((metric) => metric.id === options.sort.column);
  // A sort by a column that is no longer shown (the reader chose fewer columns) falls back to A–Z.
  const sort = column < 0 && options.sort.column !== LABEL_COLUMN ? DEFAULT_SORT : options.sort;
  const rows =
    column < 0
      ? sortRows(filtered, sort.direction, (row) => row.label)
      : sortRows(filtered, sort.direction, (row) => {
          const cell = row.cells[column];
          return cell ? sortKeyOf(cell) : null;
        });
  const sumCells = table.metrics.map((_, i) => table.sumOf(i, rows));
  const shownCells = [...table.national.cells, ...rows.flatMap((row) => row.cells)];
  return {
    edition: table.edition,
    metrics: table.metrics,
    national: table.national,
    sum: { kind: 'sum', id: 'sum', label: sumRowLabel(rows.length, table.offices.length), cells: sumCells, sourceIds: sourceIdsOf(sumCells) },
    rows,
    totalOffices: table.offices.length,
    selectedOfficeIds,
    selectedCount,
    options: { ...options, sort, selectedOnly },
    sortMetric: column < 0 ? null : (table.metrics[column] ?? null),
    hasSynthetic: shownCells.some(isSampleValue),
  };
}
