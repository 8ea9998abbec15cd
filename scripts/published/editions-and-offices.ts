/**
 * Editions, gap years and field offices, copied from the compiled source files.
 *
 * occ-national.csv holds one row per edition plus one row per year without an edition (blank
 * `edition`). Those rows say what kind of gap they are in the first words of their note: "NO EDITION:"
 * (no operation was held) or "NOT FOUND:" (no results were found; whether an edition ran is unknown).
 */
import type { Edition, GapKind, Office, YearGap } from '../../src/data/types';
import type { SourceRow } from './csv-table';
import { splitList } from './csv-table';

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** `XIII` → 13. Only the letters the FBI's numbering has used so far. */
export function romanToNumber(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i += 1) {
    const value = ROMAN[numeral.charAt(i)];
    if (value === undefined) throw new Error(`"${numeral}" is not an edition numeral`);
    const next = ROMAN[numeral.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const dateOrNull = (cell: string): string | null => (cell === '' ? null : cell);

export function deriveEditions(national: readonly SourceRow[]): Edition[] {
  const editions = national
    .filter((row) => row.cell('edition') !== '')
    .map((row) => ({
      id: row.cell('edition'),
      number: romanToNumber(row.cell('edition')),
      year: Number(row.cell('year')),
      startDate: dateOrNull(row.cell('start_date')),
      endDate: dateOrNull(row.cell('end_date')),
      announcedDate: dateOrNull(row.cell('announced_date')),
      sourceIds: splitList(row.cell('source_ids')),
      note: row.cell('notes'),
    }));
  editions.forEach((edition, index) => {
    if (edition.number !== index + 1) {
      throw new Error(`occ-national.csv: edition ${edition.id} is out of order`);
    }
  });
  return editions;
}

const GAP_PREFIXES: readonly (readonly [string, GapKind])[] = [
  ['NO EDITION:', 'no-operation'],
  ['NOT FOUND:', 'no-results-published'],
];

export function deriveGaps(national: readonly SourceRow[]): YearGap[] {
  return national
    .filter((row) => row.cell('edition') === '')
    .map((row) => {
      const note = row.cell('notes');
      const kind = GAP_PREFIXES.find(([prefix]) => note.startsWith(prefix))?.[1];
      if (kind === undefined) {
        throw new Error(`occ-national.csv line ${row.line}: a year without an edition must say why`);
      }
      return { year: Number(row.cell('year')), kind, sourceIds: splitList(row.cell('source_ids')), note };
    });
}

export function deriveOffices(offices: readonly SourceRow[]): Office[] {
  return offices.map((row) => ({
    id: row.cell('id'),
    name: row.cell('name'),
    city: row.cell('city'),
    state: row.cell('state'),
    lat: Number(row.cell('lat')),
    lon: Number(row.cell('lon')),
    territoryStates: splitList(row.cell('territory_states')),
  }));
}
