// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, LABEL_COLUMN, nextSort, sortRows } from '../../src/domain/breakdown-sort';

const rows = [
  { id: 'a', value: 5 },
  { id: 'b', value: null },
  { id: 'c', value: 0 },
  { id: 'd', value: 22 },
  { id: 'e', value: 5 },
  { id: 'f', value: null },
];
const ids = (list: typeof rows) => list.map((row) => row.id).join(',');

describe('sortRows', () => {
  it('sorts ascending with not-reported last and ties in their original order', () => {
    expect(ids(sortRows(rows, 'ascending', (row) => row.value))).toBe('c,a,e,d,b,f');
  });

  it('sorts descending with not-reported still last, ties still in original order', () => {
    expect(ids(sortRows(rows, 'descending', (row) => row.value))).toBe('d,a,e,c,b,f');
  });

  it('sorts text case- and number-aware', () => {
    const names = [{ id: 'FBI Omaha' }, { id: 'fbi albany' }, { id: 'Office 10' }, { id: 'Office 9' }];
    expect(sortRows(names, 'ascending', (row) => row.id).map((row) => row.id)).toEqual(['fbi albany', 'FBI Omaha', 'Office 9', 'Office 10']);
  });

  it('does not change the input', () => {
    const copy = [...rows];
    sortRows(rows, 'descending', (row) => row.value);
    expect(rows).toEqual(copy);
  });
});

describe('nextSort', () => {
  it('starts a value column with the largest first, the label column A–Z, and flips on a second click', () => {
    expect(nextSort(DEFAULT_SORT, 'minor-victims')).toEqual({ column: 'minor-victims', direction: 'descending' });
    expect(nextSort({ column: 'minor-victims', direction: 'descending' }, 'minor-victims')).toEqual({
      column: 'minor-victims',
      direction: 'ascending',
    });
    expect(nextSort({ column: 'minor-victims', direction: 'descending' }, LABEL_COLUMN)).toEqual(DEFAULT_SORT);
    expect(nextSort(DEFAULT_SORT, LABEL_COLUMN)).toEqual({ column: LABEL_COLUMN, direction: 'descending' });
  });
});
