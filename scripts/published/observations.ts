/**
 * One observation per published value. A blank source cell produces no observation at all: absence
 * is how the package says "not reported", and a blank must never turn into 0.
 */
import type { Edition, Observation, Qualifier } from '../../src/data/types';
import { NATIONAL } from '../../src/data/types';
import type { Attribution } from './attribution';
import { NATIONAL_ATTRIBUTION, OFFICE_ATTRIBUTION } from './attribution';
import type { SourceRow } from './csv-table';
import { parseCount, splitList } from './csv-table';
import type { MetricId } from './metric-catalogue';
import { METRIC_IDS, NATIONAL_COLUMNS, OFFICE_COLUMNS } from './metric-catalogue';
import { NATIONAL_NOTES } from './national-notes';

const QUALIFIERS: readonly Qualifier[] = ['at-least', 'approximately'];

/** `agencies=at-least;total_arrests=approximately` → metric → qualifier. */
function readQualifiers(cell: string, where: string): Map<MetricId, Qualifier> {
  const qualifiers = new Map<MetricId, Qualifier>();
  for (const pair of splitList(cell)) {
    const [column = '', qualifier = ''] = pair.split('=');
    const metricId = NATIONAL_COLUMNS[column];
    const known = QUALIFIERS.find((q) => q === qualifier);
    if (metricId === undefined || known === undefined) {
      throw new Error(`${where}: cannot read the qualifier "${pair}"`);
    }
    qualifiers.set(metricId, known);
  }
  return qualifiers;
}

/** Narrows a row's sources to the attributed ones, refusing any id the row does not list. */
function sourcesFor(rowIds: readonly string[], attributed: readonly string[] | undefined, where: string): string[] {
  if (attributed === undefined) return [...rowIds];
  const foreign = attributed.filter((id) => !rowIds.includes(id));
  if (foreign.length > 0 || attributed.length === 0) {
    throw new Error(`${where}: attribution [${attributed.join(', ')}] is not a subset of [${rowIds.join(', ')}]`);
  }
  return [...attributed];
}

/** Fails on a table entry that matched no published value, so the tables cannot drift from the data. */
function assertAllUsed(
  table: Readonly<Record<string, Partial<Record<MetricId, unknown>>>>,
  used: ReadonlySet<string>,
  tableName: string,
): void {
  for (const [key, entry] of Object.entries(table)) {
    for (const metricId of Object.keys(entry)) {
      if (!used.has(`${key}|${metricId}`)) {
        throw new Error(`${tableName}: ${key} ${metricId} has no published value`);
      }
    }
  }
}

const metricsOf = (columns: Readonly<Record<string, MetricId>>): [string, MetricId][] =>
  METRIC_IDS.flatMap((metricId) => {
    const column = Object.keys(columns).find((name) => columns[name] === metricId);
    return column === undefined ? [] : [[column, metricId]];
  });

export function deriveNationalObservations(national: readonly SourceRow[]): Observation[] {
  const observations: Observation[] = [];
  const used = new Set<string>();
  for (const row of national) {
    const editionId = row.cell('edition');
    if (editionId === '') continue;
    const where = `occ-national.csv line ${row.line}`;
    const qualifiers = readQualifiers(row.cell('qualifiers'), where);
    const rowIds = splitList(row.cell('source_ids'));
    for (const [column, metricId] of metricsOf(NATIONAL_COLUMNS)) {
      const value = parseCount(row.cell(column), `${where}, ${column}`);
      if (value === null) {
        if (qualifiers.has(metricId)) throw new Error(`${where}: qualifier on blank ${column}`);
        continue;
      }
      used.add(`${editionId}|${metricId}`);
      observations.push({
        editionId,
        place: NATIONAL,
        metricId,
        value,
        qualifier: qualifiers.get(metricId) ?? null,
        origin: 'published',
        sourceIds: sourcesFor(rowIds, NATIONAL_ATTRIBUTION[editionId]?.[metricId], `${where}, ${column}`),
        note: NATIONAL_NOTES[editionId]?.[metricId] ?? '',
      });
    }
  }
  assertAllUsed(NATIONAL_ATTRIBUTION, used, 'NATIONAL_ATTRIBUTION');
  assertAllUsed(NATIONAL_NOTES, used, 'NATIONAL_NOTES');
  return observations;
}

export function deriveOfficeObservations(
  reported: readonly SourceRow[],
  editions: readonly Edition[],
  officeIds: ReadonlySet<string>,
): Observation[] {
  const observations: Observation[] = [];
  const used = new Set<string>();
  const seen = new Set<string>();
  for (const row of reported) {
    const where = `occ-field-office-reported.csv line ${row.line}`;
    const editionId = row.cell('edition');
    const place = row.cell('office_id');
    const edition = editions.find((e) => e.id === editionId);
    if (edition?.year !== Number(row.cell('year'))) throw new Error(`${where}: unknown edition or wrong year`);
    if (!officeIds.has(place)) throw new Error(`${where}: unknown office "${place}"`);
    const key = `${editionId}/${place}`;
    if (seen.has(key)) throw new Error(`${where}: a second row for ${key}`);
    seen.add(key);
    const rowIds = splitList(row.cell('source_ids'));
    const attribution: Attribution | undefined = OFFICE_ATTRIBUTION[key];
    for (const [column, metricId] of metricsOf(OFFICE_COLUMNS)) {
      const value = parseCount(row.cell(column), `${where}, ${column}`);
      if (value === null) continue;
      used.add(`${key}|${metricId}`);
      observations.push({
        editionId,
        place,
        metricId,
        value,
        qualifier: null,
        origin: 'published',
        sourceIds: sourcesFor(rowIds, attribution?.[metricId], `${where}, ${column}`),
        // Office rows are short and about the row's figures as a whole, so each value keeps all of it.
        note: row.cell('notes'),
      });
    }
  }
  assertAllUsed(OFFICE_ATTRIBUTION, used, 'OFFICE_ATTRIBUTION');
  return observations;
}
