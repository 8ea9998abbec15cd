/**
 * Package files bent for the scenarios: the observations table made invalid or emptied. Each takes a
 * package's real files and changes only observations.csv, so the app sees one precise problem.
 */
import { parseCsv, writeCsv } from '../src/data/csv';
import { TABLE_COLUMNS } from '../src/data/package-write';
import type { PackageFiles } from './packages';

export const OBSERVATIONS_FILE = 'observations.csv';

const withObservations = (files: PackageFiles, text: string): PackageFiles => ({ ...files, [OBSERVATIONS_FILE]: text });

/**
 * Three classic bad rows: the first data row (line 2) gets a negative count, the second (line 3) a
 * value that is not a number, and a copy of the third is appended at the end (a duplicate key).
 */
export function malformedPackage(files: PackageFiles): PackageFiles {
  const { records } = parseCsv(files[OBSERVATIONS_FILE] ?? '');
  const [header, ...rows] = records.map((record) => [...record.fields]);
  const valueColumn = TABLE_COLUMNS.observations.indexOf('value');
  const negative = rows[0];
  const notANumber = rows[1];
  const duplicated = rows[2];
  if (header === undefined || negative === undefined || notANumber === undefined || duplicated === undefined) {
    throw new Error('the malformed scenario needs a package with at least three observations');
  }
  negative[valueColumn] = '-4';
  notANumber[valueColumn] = 'twelve';
  return withObservations(files, writeCsv(header, [...rows, [...duplicated]]));
}

/** A valid package whose observations table has its header and no rows. */
export function emptyPackage(files: PackageFiles): PackageFiles {
  return withObservations(files, writeCsv(TABLE_COLUMNS.observations, []));
}
