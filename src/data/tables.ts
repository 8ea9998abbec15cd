/**
 * What each package table holds: one row builder per resource that names, for every column, the cell
 * parser that reads it. The header itself (names and order) is TABLE_COLUMNS from package-write, so the
 * writer and this reader cannot drift apart.
 */
import {
  count,
  decimalBetween,
  identifier,
  idList,
  oneOf,
  optionalIsoDate,
  optionalOneOf,
  optionalText,
  partialDate,
  positiveInteger,
  requiredText,
  webUrl,
  year,
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

export const TABLE_ROWS: { [Name in ResourceName]: RowBuilder<TableRows[Name]> } = {
  editions: (read) => ({
    id: read('id', identifier),
    number: read('number', positiveInteger),
    year: read('year', year),
    startDate: read('start_date', optionalIsoDate),
    endDate: read('end_date', optionalIsoDate),
    announcedDate: read('announced_date', optionalIsoDate),
    sourceIds: read('source_ids', idList),
    note: read('note', optionalText),
  }),
  gaps: (read) => ({
    year: read('year', year),
    kind: read('kind', oneOf(['no-operation', 'no-results-published'])),
    sourceIds: read('source_ids', idList),
    note: read('note', optionalText),
  }),
  offices: (read) => ({
    id: read('id', identifier),
    name: read('name', requiredText),
    city: read('city', requiredText),
    state: read('state', requiredText),
    lat: read('lat', latitude),
    lon: read('lon', longitude),
    territoryStates: read('territory_states', idList),
  }),
  metrics: (read) => ({
    id: read('id', identifier),
    label: read('label', requiredText),
    shortLabel: read('short_label', requiredText),
    kind: read('kind', oneOf(['outcome', 'scale'])),
    description: read('description', optionalText),
  }),
  wording: (read) => ({
    editionId: read('edition', identifier),
    metricId: read('metric', identifier),
    wording: read('wording', requiredText),
    comparabilityGroup: read('comparability_group', requiredText),
    sourceIds: read('source_ids', idList),
  }),
  observations: (read) => ({
    editionId: read('edition', identifier),
    place: read('place', identifier),
    metricId: read('metric', identifier),
    value: read('value', count),
    qualifier: read('qualifier', optionalOneOf(['at-least', 'approximately'])),
    origin: read('origin', oneOf(['published', 'synthetic'])),
    sourceIds: read('source_ids', idList),
    note: read('note', optionalText),
  }),
  sources: (read) => ({
    id: read('id', identifier),
    outlet: read('outlet', requiredText),
    date: read('date', partialDate),
    url: read('url', webUrl),
    summary: read('summary', optionalText),
  }),
};
