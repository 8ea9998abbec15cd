/**
 * What each package table holds: one row builder per resource that names, for every column, the cell
 * parser that reads it. The header itself (names and order) is TABLE_COLUMNS from package-write, so the
 * writer and this reader cannot drift apart.
 */
import {
  count,
  decimalBetween,
  operationYear,
  identifier,
  idList,
  oneOf,
  optionalIsoDate,
  optionalOneOf,
  optionalNote,
  partialDate,
  positiveInteger,
  requiredName,
  webUrl,
} from './cells';
import type { CellType } from './cells';
import type { Edition, Metric, Observation, Office, ResourceName, Source, Wording, YearGap } from './types';

/** Reads one cell of the current row; an invalid cell is recorded as an issue and read as its placeholder. */
export type CellReader = <T>(column: string, type: CellType<T>) => T;
export type RowBuilder<Row> = (read: CellReader) => Row;

export interface TableRows {
  editions: Edition;
  gaps: YearGap;
  offices: Office;
  metrics: Metric;
  wording: Wording;
  observations: Observation;
  sources: Source;
}

const latitude = decimalBetween(-90, 90, 'latitude');
const longitude = decimalBetween(-180, 180, 'longitude');

export interface TableOptions {
  /** The last year an edition or a gap may have; the loader defaults it to the clock's UTC year. */
  currentYear: number;
}

export type TableRowBuilders = { [Name in ResourceName]: RowBuilder<TableRows[Name]> };

export function tableRowBuilders({ currentYear }: TableOptions): TableRowBuilders {
  const year = operationYear(currentYear);
  return {
    editions: (read) => ({
      id: read('id', identifier),
      number: read('number', positiveInteger),
      year: read('year', year),
      startDate: read('start_date', optionalIsoDate),
      endDate: read('end_date', optionalIsoDate),
      announcedDate: read('announced_date', optionalIsoDate),
      sourceIds: read('source_ids', idList),
      note: read('note', optionalNote),
    }),
    gaps: (read) => ({
      year: read('year', year),
      kind: read('kind', oneOf(['no-operation', 'no-results-published'])),
      sourceIds: read('source_ids', idList),
      note: read('note', optionalNote),
    }),
    offices: (read) => ({
      id: read('id', identifier),
      name: read('name', requiredName),
      city: read('city', requiredName),
      state: read('state', requiredName),
      lat: read('lat', latitude),
      lon: read('lon', longitude),
      territoryStates: read('territory_states', idList),
    }),
    metrics: (read) => ({
      id: read('id', identifier),
      label: read('label', requiredName),
      shortLabel: read('short_label', requiredName),
      kind: read('kind', oneOf(['outcome', 'scale'])),
      description: read('description', optionalNote),
    }),
    wording: (read) => ({
      editionId: read('edition', identifier),
      metricId: read('metric', identifier),
      wording: read('wording', requiredName),
      comparabilityGroup: read('comparability_group', requiredName),
      sourceIds: read('source_ids', idList),
    }),
    observations: (read) => ({
      editionId: read('edition', identifier),
      place: read('place', identifier),
      metricId: read('metric', identifier),
      value: read('value', count),
      qualifier: read('qualifier', optionalOneOf(['at-least', 'approximately'])),
      origin: read('origin', oneOf(['published', 'synthetic', 'imported'])),
      sourceIds: read('source_ids', idList),
      note: read('note', optionalNote),
    }),
    sources: (read) => ({
      id: read('id', identifier),
      outlet: read('outlet', requiredName),
      date: read('date', partialDate),
      url: read('url', webUrl),
      summary: read('summary', optionalNote),
    }),
  };
}
