/**
 * A tiny valid package for the loader tests: 2 editions around 1 gap year, 2 offices, 2 metrics.
 * The figures are made up for testing and belong to no real edition.
 *
 * Physical lines once written (the header is line 1):
 *   editions.csv      2 I (2010), 3 II (2012)
 *   gaps.csv          2 2011
 *   offices.csv       2 seattle, 3 denver
 *   metrics.csv       2 minor-victims, 3 cities
 *   wording.csv       2 I/minor-victims, 3 II/minor-victims
 *   observations.csv  2 I/national/minor-victims 12      3 I/national/cities 40 (at-least)
 *                     4 I/seattle/minor-victims 0         5 II/national/minor-victims 30
 *                     6 II/seattle/minor-victims blank    7 II/denver/minor-victims 9 (synthetic)
 *   sources.csv       2 S1, 3 S2
 */
import { resourcesFor, writePackage } from '../../src/data/package-write';
import type { Dataset, ValidationIssue } from '../../src/data/types';
import { loadPackageFromFiles } from '../../src/data/load-package';

export function fixtureDataset(): Dataset {
  return {
    manifest: {
      id: 'test-fixture',
      title: 'Loader test fixture',
      kind: 'sample',
      version: '1.0.0',
      asOf: '2024-05-01',
      description: 'Made-up figures for the loader tests.',
      resources: resourcesFor(),
    },
    editions: [
      {
        id: 'I',
        number: 1,
        year: 2010,
        startDate: '2010-11-04',
        endDate: '2010-11-07',
        announcedDate: '2010-11-08',
        sourceIds: ['S1'],
        note: 'A note with a comma, and "quotes".',
      },
      { id: 'II', number: 2, year: 2012, startDate: null, endDate: null, announcedDate: '2012-06-25', sourceIds: ['S1', 'S2'], note: '' },
    ],
    gaps: [{ year: 2011, kind: 'no-operation', sourceIds: ['S2'], note: 'No edition this year.' }],
    offices: [
      { id: 'seattle', name: 'FBI Seattle', city: 'Seattle', state: 'WA', lat: 47.6062, lon: -122.3321, territoryStates: ['WA'] },
      { id: 'denver', name: 'FBI Denver', city: 'Denver', state: 'CO', lat: 39.7392, lon: -104.9903, territoryStates: ['CO', 'WY'] },
    ],
    metrics: [
      { id: 'minor-victims', label: 'Minor victims recovered', shortLabel: 'Minors', kind: 'outcome', description: 'Children recovered.' },
      { id: 'cities', label: 'Cities', shortLabel: 'Cities', kind: 'scale', description: '' },
    ],
    wording: [
      { editionId: 'I', metricId: 'minor-victims', wording: 'children recovered', comparabilityGroup: 'children-recovered', sourceIds: ['S1'] },
      { editionId: 'II', metricId: 'minor-victims', wording: 'children recovered', comparabilityGroup: 'children-recovered', sourceIds: ['S2'] },
    ],
    observations: [
      { editionId: 'I', place: 'national', metricId: 'minor-victims', value: 12, qualifier: null, origin: 'published', sourceIds: ['S1'], note: '' },
      { editionId: 'I', place: 'national', metricId: 'cities', value: 40, qualifier: 'at-least', origin: 'published', sourceIds: ['S1'], note: 'more than 40' },
      { editionId: 'I', place: 'seattle', metricId: 'minor-victims', value: 0, qualifier: null, origin: 'published', sourceIds: ['S1'], note: 'A published zero.' },
      { editionId: 'II', place: 'national', metricId: 'minor-victims', value: 30, qualifier: null, origin: 'published', sourceIds: ['S2'], note: '' },
      { editionId: 'II', place: 'seattle', metricId: 'minor-victims', value: null, qualifier: null, origin: 'published', sourceIds: ['S2'], note: 'Not reported.' },
      { editionId: 'II', place: 'denver', metricId: 'minor-victims', value: 9, qualifier: null, origin: 'synthetic', sourceIds: [], note: '' },
    ],
    sources: [
      { id: 'S1', outlet: 'Example Outlet', date: '2010-11', url: 'https://example.org/occ-i', summary: 'Fixture source one.' },
      { id: 'S2', outlet: 'Example Press', date: '2012-06-25', url: '', summary: 'Fixture source two.' },
    ],
  };
}

export function fixtureFiles(): Record<string, string> {
  return writePackage(fixtureDataset());
}

function fileText(files: Record<string, string>, file: string): string {
  const text = files[file];
  if (text === undefined) throw new Error(`fixture has no ${file}`);
  return text;
}

/** Replaces one physical line (1-based) of a CRLF file written by writeCsv. */
export function setLine(files: Record<string, string>, file: string, line: number, content: string): Record<string, string> {
  const lines = fileText(files, file).split('\r\n');
  if (line < 1 || line > lines.length) throw new Error(`${file} has no line ${line}`);
  lines[line - 1] = content;
  return { ...files, [file]: lines.join('\r\n') };
}

/** Replaces text that must occur exactly once, so a fixture change cannot silently turn a test into a no-op. */
export function replaceOnce(files: Record<string, string>, file: string, from: string, to: string): Record<string, string> {
  const text = fileText(files, file);
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${JSON.stringify(from)} occurs ${count} times in ${file}`);
  return { ...files, [file]: text.replace(from, to) };
}

export function lineOf(files: Record<string, string>, file: string, line: number): string {
  const content = fileText(files, file).split('\r\n')[line - 1];
  if (content === undefined) throw new Error(`${file} has no line ${line}`);
  return content;
}

/** Loads files that must be rejected and returns the issues. */
export function issuesFor(files: Record<string, string>): ValidationIssue[] {
  const result = loadPackageFromFiles(files);
  if (result.ok) throw new Error('expected the package to be rejected, but it loaded');
  return result.issues;
}
