/**
 * Sorting for the breakdown tables. A value that was not reported has no place in an order of
 * numbers, so it goes last in both directions (as do gap years); a "more than 200" sorts as 200.
 * Ties keep the table's natural order (offices A–Z, editions by date), so a sort is deterministic.
 */
import { compareText } from './text-order';

export type SortDirection = 'ascending' | 'descending';

/** `label` is the first column (office or edition); any other id is a metric column. */
export const LABEL_COLUMN = 'label';

export interface TableSort {
  column: string;
  direction: SortDirection;
}

export const DEFAULT_SORT: TableSort = { column: LABEL_COLUMN, direction: 'ascending' };

export type SortKey = number | string | null;

function compareKeys(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareText(String(a), String(b));
}

/** A sorted copy; `key` returns null for rows without a value, which go last whatever the direction. */
export function sortRows<R>(rows: readonly R[], direction: SortDirection, key: (row: R) => SortKey): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, position) => ({ row, position, key: key(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) {
        if (a.key === b.key) return a.position - b.position;
        return a.key === null ? 1 : -1;
      }
      return sign * compareKeys(a.key, b.key) || a.position - b.position;
    })
    .map(({ row }) => row);
}

/**
 * The next sort after a click on a column header: the same column flips direction; a new value
 * column starts with the largest first (what an analyst looks for), the label column with A–Z.
 */
export function nextSort(current: TableSort, column: string): TableSort {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: column === LABEL_COLUMN ? 'ascending' : 'descending' };
}
