/**
 * Cross-table checks of a parsed package: unique keys, references between tables, and the rules that
 * keep the figures honest (a year with no operation has no edition; a published figure names its source;
 * a qualifier only qualifies a number).
 */
import type { ParsedTable } from './table-parse';
import type { TableRows } from './tables';
import type { GapKind, ResourceName, ValidationIssue } from './types';
import { NATIONAL } from './types';

export type ParsedTables = { [Name in ResourceName]: ParsedTable<TableRows[Name]> };

/**
 * Ids present in a table, or null when absence proves nothing: the table is incomplete, or one of its
 * id cells was itself invalid (that cell has its own issue; the id it meant may be the one referenced).
 */
function idsOf<Row>(table: ParsedTable<Row>, id: (row: Row) => string): ReadonlySet<string> | null {
  if (!table.complete || table.rows.some(({ invalid }) => invalid.has('id'))) return null;
  return new Set(table.rows.map(({ row }) => id(row)));
}

/**
 * Reports every row whose key was already used, naming the line it was first seen on.
 * A null key (a cell that was itself invalid) is skipped: that cell already has its own issue.
 */
function duplicateKeys<Row>(
  table: ParsedTable<Row>,
  column: string | null,
  key: (row: Row) => string | null,
  describe: (row: Row) => string,
): ValidationIssue[] {
  const firstLine = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  for (const { line, row } of table.rows) {
    const k = key(row);
    if (k === null) continue;
    const first = firstLine.get(k);
    if (first === undefined) firstLine.set(k, line);
    else issues.push({ file: table.file, line, column, message: `${describe(row)} appears twice; first seen on line ${first}` });
  }
  return issues;
}

const compositeKey = (...parts: string[]): string | null => (parts.includes('') ? null : JSON.stringify(parts));

function uniqueKeys(t: ParsedTables): ValidationIssue[] {
  return [
    ...duplicateKeys(t.editions, 'id', (e) => compositeKey(e.id), (e) => `edition id "${e.id}"`),
    ...duplicateKeys(t.gaps, 'year', (g) => (Number.isNaN(g.year) ? null : String(g.year)), (g) => `year ${g.year}`),
    ...duplicateKeys(t.offices, 'id', (o) => compositeKey(o.id), (o) => `office id "${o.id}"`),
    ...duplicateKeys(t.metrics, 'id', (m) => compositeKey(m.id), (m) => `metric id "${m.id}"`),
    ...duplicateKeys(t.sources, 'id', (s) => compositeKey(s.id), (s) => `source id "${s.id}"`),
    ...duplicateKeys(
      t.wording,
      null,
      (w) => compositeKey(w.editionId, w.metricId),
      (w) => `wording for edition "${w.editionId}", metric "${w.metricId}"`,
    ),
    ...duplicateKeys(
      t.observations,
      null,
      (o) => compositeKey(o.editionId, o.place, o.metricId),
      (o) => `the value for edition "${o.editionId}", place "${o.place}", metric "${o.metricId}"`,
    ),
  ];
}

/** Says why an edition id does not exist, including the common slip of writing the year instead. */
function unknownEditionMessage(id: string, t: ParsedTables): string {
  if (/^\d{4}$/.test(id)) {
    const year = Number(id);
    const gap = t.gaps.rows.find(({ row }) => row.year === year)?.row.kind;
    if (gap !== undefined) return `edition "${id}" does not exist; ${gapPhrase(year, gap)}`;
    const sameYear = t.editions.rows.filter(({ row }) => row.year === year).map(({ row }) => row.id);
    if (sameYear.length > 0) {
      return `edition "${id}" does not exist; editions are identified by their numeral, and ${year} had edition ${sameYear.join(' and ')}`;
    }
  }
  return `edition "${id}" does not exist; expected an id from ${t.editions.file}`;
}

function gapPhrase(year: number, kind: GapKind): string {
  return kind === 'no-operation' ? `${year} had no operation` : `no results were published for ${year}`;
}

/** Looks up one reference; pushes an issue when the target table is complete and lacks the id. */
function checkReference(
  issues: ValidationIssue[],
  file: string,
  line: number,
  column: string,
  id: string,
  known: ReadonlySet<string> | null,
  message: () => string,
): void {
  if (known === null || id === '' || known.has(id)) return;
  issues.push({ file, line, column, message: message() });
}

interface SourcedRow {
  sourceIds: string[];
}

function sourceReferences<Row extends SourcedRow>(table: ParsedTable<Row>, t: ParsedTables, issues: ValidationIssue[]): void {
  const sources = idsOf(t.sources, (s) => s.id);
  for (const { line, row } of table.rows) {
    for (const id of row.sourceIds) {
      checkReference(issues, table.file, line, 'source_ids', id, sources, () => `unknown source "${id}"; expected an id from ${t.sources.file}`);
    }
  }
}

interface EditionMetricRow {
  editionId: string;
  metricId: string;
}

function editionMetricReferences<Row extends EditionMetricRow>(
  table: ParsedTable<Row>,
  t: ParsedTables,
  issues: ValidationIssue[],
): void {
  const editions = idsOf(t.editions, (e) => e.id);
  const metrics = idsOf(t.metrics, (m) => m.id);
  for (const { line, row } of table.rows) {
    checkReference(issues, table.file, line, 'edition', row.editionId, editions, () => unknownEditionMessage(row.editionId, t));
    checkReference(issues, table.file, line, 'metric', row.metricId, metrics, () => `unknown metric "${row.metricId}"; expected an id from ${t.metrics.file}`);
  }
}

function observationRules(t: ParsedTables, issues: ValidationIssue[]): void {
  const offices = idsOf(t.offices, (o) => o.id);
  const file = t.observations.file;
  for (const { line, row, invalid } of t.observations.rows) {
    if (row.place !== NATIONAL) {
      checkReference(issues, file, line, 'place', row.place, offices, () => `unknown office "${row.place}"; expected "${NATIONAL}" or an id from ${t.offices.file}`);
    }
    if (row.qualifier !== null && row.value === null && !invalid.has('value')) {
      const message = `the qualifier "${row.qualifier}" has no value to qualify; a blank value means not reported, so leave the qualifier blank too`;
      issues.push({ file, line, column: 'qualifier', message });
    }
    const sourcesKnown = !invalid.has('origin') && !invalid.has('source_ids');
    if (row.origin === 'published' && row.sourceIds.length === 0 && sourcesKnown) {
      issues.push({ file, line, column: 'source_ids', message: 'a published row needs at least one source id' });
    }
  }
}

function editionAndOfficeRules(t: ParsedTables, issues: ValidationIssue[]): void {
  // Rows whose year was itself invalid hold a NaN placeholder, which a Map would match to another NaN.
  const gapKinds = new Map(t.gaps.rows.filter(({ invalid }) => !invalid.has('year')).map(({ row }) => [row.year, row.kind]));
  for (const { line, row, invalid } of t.editions.rows) {
    if (invalid.has('year')) continue;
    const gap = gapKinds.get(row.year);
    if (gap === undefined) continue;
    const message = `edition "${row.id}" is dated ${row.year}, but ${t.gaps.file} says ${gapPhrase(row.year, gap)}`;
    issues.push({ file: t.editions.file, line, column: 'year', message });
  }
  for (const { line, row } of t.offices.rows) {
    if (row.id !== NATIONAL) continue;
    const message = `"${NATIONAL}" is reserved for the national total and cannot be an office id`;
    issues.push({ file: t.offices.file, line, column: 'id', message });
  }
}

export function checkIntegrity(t: ParsedTables): ValidationIssue[] {
  const issues = uniqueKeys(t);
  editionAndOfficeRules(t, issues);
  editionMetricReferences(t.wording, t, issues);
  editionMetricReferences(t.observations, t, issues);
  observationRules(t, issues);
  sourceReferences(t.editions, t, issues);
  sourceReferences(t.gaps, t, issues);
  sourceReferences(t.wording, t, issues);
  sourceReferences(t.observations, t, issues);
  return issues;
}
