/**
 * The editions × metrics table for the nation: every edition in the year range, the years without
 * one as rows that say so, and each value's change from the previous comparable edition (the same
 * comparison the headline cards make, "not comparable" across a wording change).
 */
import { NATIONAL } from '../data/types';
import type { Edition, GapKind, Metric, YearGap } from '../data/types';
import { observationCell, sourceIdsOf } from './breakdown-cells';
import type { BreakdownCell } from './breakdown-cells';
import { DEFAULT_SORT, LABEL_COLUMN, sortRows } from './breakdown-sort';
import type { TableSort } from './breakdown-sort';
import { compareWithPrevious } from './comparison';
import type { Comparison } from './comparison';
import type { DatasetIndex } from './dataset-index';
import { describeComparison } from './describe-comparison';
import { editionsInRange } from './editions';
import { editionName, formatPercent, formatSignedCount } from './format';
import { isSampleValue, sortKeyOf } from './shown-value';
import { NOT_SHOWN } from './suppression-text';

export interface EditionCell extends BreakdownCell {
  comparison: Comparison;
  /** The change as a number where it is one (approximate when `changeExact` is false), else null. */
  change: number | null;
  changeExact: boolean;
  /** What the cell shows under the value: "−25 (−30%)", "not comparable", "change unknown". */
  changeShort: string;
  /** The full sentence (describeComparison): for screen readers and the CSV. */
  changeText: string;
}

export interface EditionRow {
  kind: 'edition';
  id: string;
  label: string;
  edition: Edition;
  year: number;
  cells: EditionCell[];
  sourceIds: string[];
}

export interface GapRow {
  kind: 'gap';
  id: string;
  label: string;
  year: number;
  gap: YearGap;
  /** "No operation" or "No results published". */
  stateLabel: string;
  sourceIds: string[];
}

export type EditionsTableRow = EditionRow | GapRow;

export interface EditionsTable {
  metrics: Metric[];
  /** Chronological, gaps in their place. */
  rows: EditionsTableRow[];
  years: readonly [number, number];
}

export const GAP_LABEL: Record<GapKind, string> = {
  'no-operation': 'No operation',
  'no-results-published': 'No results published',
};

/** The few words a table cell has room for; the full sentence comes from describeComparison. */
export function shortComparison(comparison: Comparison): string {
  switch (comparison.kind) {
    case 'not-reported':
      return '';
    case 'no-previous':
      return 'first figure';
    case 'not-comparable':
      return 'not comparable: wording changed';
    case 'bounds':
      return 'change unknown';
    case 'not-shown':
      return `change ${NOT_SHOWN}`;
    case 'change': {
      if (comparison.delta === 0) return comparison.exact ? 'no change' : 'about no change';
      const percent = comparison.ratio === null ? '' : ` (${formatPercent(comparison.ratio)})`;
      return `${comparison.exact ? '' : 'about '}${formatSignedCount(comparison.delta)}${percent}`;
    }
  }
}

function editionCell(index: DatasetIndex, edition: Edition, metric: Metric): EditionCell {
  const comparison = compareWithPrevious(index, edition, NATIONAL, metric.id);
  return {
    ...observationCell(metric.id, index.observation(edition.id, NATIONAL, metric.id), index.suppression),
    comparison,
    change: comparison.kind === 'change' ? comparison.delta : null,
    changeExact: comparison.kind === 'change' && comparison.exact,
    changeShort: shortComparison(comparison),
    changeText: describeComparison(comparison),
  };
}

export function editionsTable(index: DatasetIndex, metrics: readonly Metric[], from: number | null, to: number | null): EditionsTable {
  const [first, last] = index.yearRange;
  const years = [from ?? first, to ?? last] as const;
  const editionRows = editionsInRange(index, from, to).map((edition): EditionRow => {
    const cells = metrics.map((metric) => editionCell(index, edition, metric));
    return { kind: 'edition', id: edition.id, label: editionName(edition), edition, year: edition.year, cells, sourceIds: sourceIdsOf(cells) };
  });
  const gapRows = index.dataset.gaps
    .filter((gap) => gap.year >= years[0] && gap.year <= years[1])
    .map((gap): GapRow => ({
      kind: 'gap',
      id: `gap-${gap.year}`,
      label: String(gap.year),
      year: gap.year,
      gap,
      stateLabel: GAP_LABEL[gap.kind],
      sourceIds: sourceIdsOf([gap]),
    }));
  return { metrics: [...metrics], rows: sortRows([...editionRows, ...gapRows], 'ascending', chronologicalKey), years };
}

/** Editions by year then number (two ran in 2008 and in 2009); a gap year has no edition of its own. */
function chronologicalKey(row: EditionsTableRow): number {
  return row.year * 100 + (row.kind === 'edition' ? row.edition.number % 100 : 0);
}

export interface EditionsView {
  metrics: Metric[];
  rows: EditionsTableRow[];
  years: readonly [number, number];
  sort: TableSort;
  sortMetric: Metric | null;
  hasSynthetic: boolean;
}

/** The rows as displayed (and downloaded); gap years have no value, so they sort last by a value. */
export function editionsView(table: EditionsTable, requested: TableSort): EditionsView {
  const column = table.metrics.findIndex((metric) => metric.id === requested.column);
  // A sort by a column that is no longer shown falls back to the chronological order.
  const sort = column < 0 && requested.column !== LABEL_COLUMN ? DEFAULT_SORT : requested;
  const rows =
    column < 0
      ? sortRows(table.rows, sort.direction, chronologicalKey)
      : sortRows(table.rows, sort.direction, (row) => {
          const cell = row.kind === 'edition' ? row.cells[column] : undefined;
          return cell ? sortKeyOf(cell) : null;
        });
  return {
    metrics: table.metrics,
    rows,
    years: table.years,
    sort,
    sortMetric: column < 0 ? null : (table.metrics[column] ?? null),
    hasSynthetic: rows.some((row) => row.kind === 'edition' && row.cells.some(isSampleValue)),
  };
}
