/**
 * The mapping step (issue 13): when a file's headers cannot all be read as the edition, the year, the
 * office or a metric, the analyst assigns each column (or ignores it) and the file is validated again
 * with that `columnMapping`. What the analyst chose is remembered for the next file with the same
 * headers, keyed by the header set as the validator compares names (case, spaces, `_`, `-` aside).
 */
import { simplify } from './aliases';
import type { ColumnMapping, ColumnRole, ImportColumn, ImportResult, ProblemCode } from './import-types';

/** Problems the mapping step can fix: a column missing, read twice, or mapped to nothing. */
const COLUMN_PROBLEMS: ReadonlySet<ProblemCode> = new Set([
  'no-office-column',
  'no-edition-column',
  'no-metric-column',
  'header-duplicate',
  'mapping-invalid',
]);

/** What a column is read as, as a mapping target: `edition`, `year`, `office`, a metric id, or null (ignored). */
export function roleTarget(role: ColumnRole): string | null {
  if (role.kind === 'metric') return role.metricId;
  return role.kind === 'ignored' ? null : role.kind;
}

/** Named columns read as nothing: the ones a person has to look at. */
export function unmatchedColumns(result: { columns: readonly ImportColumn[] }): ImportColumn[] {
  return result.columns.filter((column) => column.matchedBy === 'none' && column.header !== '');
}

/** True when the file got as far as its header and a column could not be placed (or is missing). */
export function needsMapping(result: Pick<ImportResult, 'columns' | 'problems'>): boolean {
  if (result.columns.length === 0) return false;
  return unmatchedColumns(result).length > 0 || result.problems.some((problem) => COLUMN_PROBLEMS.has(problem.code));
}

/** The mapping that reads every named column as it was read this time: the form starts from it. */
export function currentMapping(columns: readonly ImportColumn[]): Record<string, string | null> {
  const mapping: Record<string, string | null> = {};
  for (const column of columns) if (column.header !== '') mapping[column.header] = roleTarget(column.role);
  return mapping;
}

/** The key a mapping is remembered under: the header set in order, as the validator compares names. */
export function headerSetKey(headers: readonly string[]): string {
  return `columns:${headers.map(simplify).join('|')}`;
}

/**
 * What the analyst changed: the columns not understood and the ones given another role. Columns read
 * as they would be anyway are left out, so the validator's notices speak only of real choices.
 */
export function chosenMapping(columns: readonly ImportColumn[], chosen: Readonly<Record<string, string | null>>): Record<string, string | null> {
  const mapping: Record<string, string | null> = {};
  for (const column of columns) {
    if (column.header === '' || !Object.hasOwn(chosen, column.header)) continue;
    const target = chosen[column.header] ?? null;
    if (column.matchedBy === 'none' || target !== roleTarget(column.role)) mapping[column.header] = target;
  }
  return mapping;
}

/** True when a remembered mapping names every column that was not understood (so it applies as is). */
export function mappingCovers(mapping: ColumnMapping, columns: readonly ImportColumn[]): boolean {
  const named = new Set(Object.keys(mapping).map(simplify));
  return unmatchedColumns({ columns }).every((column) => named.has(simplify(column.header)));
}
