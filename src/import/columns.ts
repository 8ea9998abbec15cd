/**
 * What each column of the file is: the edition, the year, the office, a metric, or ignored. Matched
 * by the mapping the analyst chose (issue 13), then by the key-column and metric names of aliases.ts;
 * an unknown column is ignored with a notice naming it, two columns read as the same thing are an
 * error (one would silently win), and a file without an office, an edition or year, or a metric is
 * rejected, since its values could not be placed.
 */
import { checkCellText, quoteText } from '../data/cell-text';
import { simplify } from './aliases';
import type { ColumnMapping, ColumnRole, ImportColumn } from './import-types';
import type { ProblemList } from './problems';
import { listed } from './problems';
import type { ImportReference } from './reference';
import type { SourceHeader } from './source-table';

/** A header past this many columns is not a results table; checked before any column is read. */
export const MAX_COLUMNS = 1_000;

export interface ResolvedColumns {
  columns: ImportColumn[];
  edition: number | null;
  year: number | null;
  office: number | null;
  metrics: { index: number; metricId: string }[];
  /** Columns without a name: any value under one is an error. */
  unnamed: number[];
}

function mappedRole(target: string | null, reference: ImportReference): ColumnRole | null {
  if (target === null) return { kind: 'ignored' };
  if (target === 'edition' || target === 'year' || target === 'office') return { kind: target };
  return reference.metricById.has(target) ? { kind: 'metric', metricId: target } : null;
}

function describeRole(role: ColumnRole, reference: ImportReference): string {
  if (role.kind !== 'metric') return `the ${role.kind}`;
  return `metric ${role.metricId} (${reference.metricById.get(role.metricId)?.label ?? role.metricId})`;
}

const roleKey = (role: ColumnRole): string => (role.kind === 'metric' ? `metric:${role.metricId}` : role.kind);

export function resolveColumns(
  header: SourceHeader,
  reference: ImportReference,
  mapping: ColumnMapping,
  problems: ProblemList,
): ResolvedColumns | null {
  if (header.texts.length > MAX_COLUMNS) {
    const message = `the header has ${header.texts.length.toLocaleString('en-US')} columns; a results table has one per metric (at most ${MAX_COLUMNS.toLocaleString('en-US')}): check that this is the right file`;
    problems.error('too-many-columns', header.at(0), message);
    return null;
  }
  const mapped = new Map(Object.entries(mapping).map(([name, target]) => [simplify(name), target]));
  const resolved: ResolvedColumns = { columns: [], edition: null, year: null, office: null, metrics: [], unnamed: [] };
  const firstByRole = new Map<string, string>();
  const ignored: string[] = [];

  header.texts.forEach((raw, index) => {
    const where = { ...header.at(index), column: raw === '' ? null : quoteText(raw).slice(1, -1) };
    const checked = checkCellText(raw, 'name');
    if (!checked.ok) {
      problems.error('header-text', where, `the column name ${quoteText(raw)} ${checked.message}`, quoteText(raw).slice(1, -1));
      resolved.columns.push({ index, header: raw, role: { kind: 'ignored' }, matchedBy: 'none' });
      return;
    }
    const name = checked.text.trim();
    const key = simplify(name);
    let role: ColumnRole = { kind: 'ignored' };
    let matchedBy: ImportColumn['matchedBy'] = 'none';
    if (name === '') {
      resolved.unnamed.push(index);
    } else if (mapped.has(key)) {
      const target = mapped.get(key) ?? null;
      const chosen = mappedRole(target, reference);
      if (chosen === null) {
        problems.error('mapping-invalid', where, `the column ${quoteText(name)} is mapped to ${quoteText(target ?? '')}, which is not edition, year, office or a metric id; choose again`);
      } else {
        role = chosen;
        matchedBy = 'mapping';
      }
    } else {
      const keyColumn = reference.keyColumnByName.get(key);
      const metric = reference.metricByName.get(key);
      if (keyColumn !== undefined) {
        role = { kind: keyColumn };
        matchedBy = 'id';
      } else if (metric !== undefined) {
        role = { kind: 'metric', metricId: metric.metricId };
        matchedBy = metric.match;
      }
    }
    resolved.columns.push({ index, header: name, role, matchedBy });
    if (role.kind === 'ignored') {
      if (name !== '' && matchedBy !== 'mapping') ignored.push(quoteText(name));
      return;
    }
    const first = firstByRole.get(roleKey(role));
    if (first !== undefined) {
      const message = `the columns ${quoteText(first)} and ${quoteText(name)} are both read as ${describeRole(role, reference)}; keep one, or rename the other`;
      problems.error('header-duplicate', where, message);
      return;
    }
    firstByRole.set(roleKey(role), name);
    if (matchedBy === 'label' || matchedBy === 'alias' || matchedBy === 'mapping') {
      problems.add('notice', 'column-matched', where, `the column ${quoteText(name)} is read as ${describeRole(role, reference)}`);
    }
    if (role.kind === 'metric') resolved.metrics.push({ index, metricId: role.metricId });
    else resolved[role.kind] = index;
  });

  if (ignored.length > 0) {
    const message = `${ignored.length === 1 ? 'the column' : `${ignored.length} columns`} ${listed(ignored)} ${ignored.length === 1 ? 'is' : 'are'} not a metric and ${ignored.length === 1 ? 'is' : 'are'} ignored; the README lists the column names read`;
    problems.add('notice', 'column-ignored', header.at(0), message);
  }
  const whole = header.at(0);
  if (resolved.office === null) {
    const misread = resolved.columns.find((c) => c.role.kind === 'metric' && c.role.metricId === 'field-offices');
    const hint = misread === undefined ? '' : ` (the column ${quoteText(misread.header)} is read as the metric field-offices, the number of offices taking part)`;
    problems.error('no-office-column', whole, `no column names the field office${hint}; add a column "office" with one office per row`);
  }
  if (resolved.edition === null && resolved.year === null) {
    problems.error('no-edition-column', whole, 'no column names the edition or the year; add a column "edition" (such as XIII) or "year" (such as 2023)');
  }
  if (resolved.metrics.length === 0) {
    const names = reference.metrics.slice(0, 3).map((m) => m.id.replaceAll('-', '_'));
    problems.error('no-metric-column', whole, `no column is a metric; name each metric column by its id, such as ${names.join(', ')} (the README lists every name read)`);
  }
  return resolved;
}
