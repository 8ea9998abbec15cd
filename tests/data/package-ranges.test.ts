/**
 * Ranges a well-formed number must still fall in: counts up to a documented maximum, edition and gap
 * years from the first Operation Cross Country (2008) to the current year, which tests inject.
 */
import { describe, expect, it } from 'vitest';
import { loadPackageFromFiles } from '../../src/data/load-package';
import { fixtureFiles, replaceOnce, setLine } from './fixture';

const OBSERVATIONS = 'observations.csv';

function issuesIn(files: Record<string, string>, currentYear: number) {
  const result = loadPackageFromFiles(files, { currentYear });
  if (result.ok) throw new Error('expected the package to be rejected, but it loaded');
  return result.issues;
}

describe('counts', () => {
  it('accepts the maximum of 9,999,999 and rejects anything above it', () => {
    const atMaximum = setLine(fixtureFiles(), OBSERVATIONS, 2, 'I,national,minor-victims,9999999,,published,S1,');
    expect(loadPackageFromFiles(atMaximum, { currentYear: 2026 }).ok).toBe(true);
    let files = setLine(fixtureFiles(), OBSERVATIONS, 2, 'I,national,minor-victims,10000000,,published,S1,');
    files = setLine(files, OBSERVATIONS, 5, 'II,national,minor-victims,99999999999999999999,,published,S2,');
    expect(issuesIn(files, 2026)).toEqual([
      { file: OBSERVATIONS, line: 2, column: 'value', message: '"10000000" is above the maximum of 9,999,999 a count can have; check the value' },
      { file: OBSERVATIONS, line: 5, column: 'value', message: '"99999999999999999999" is above the maximum of 9,999,999 a count can have; check the value' },
    ]);
  });
});

describe('edition and gap years', () => {
  it('rejects a year before the first Operation Cross Country', () => {
    let files = replaceOnce(fixtureFiles(), 'editions.csv', 'I,1,2010', 'I,1,2007');
    files = replaceOnce(files, 'gaps.csv', '2011,no-operation', '1999,no-operation');
    expect(issuesIn(files, 2026)).toEqual([
      { file: 'editions.csv', line: 2, column: 'year', message: '"2007" is before 2008, the year of the first Operation Cross Country; check the year' },
      { file: 'gaps.csv', line: 2, column: 'year', message: '"1999" is before 2008, the year of the first Operation Cross Country; check the year' },
    ]);
  });

  it('rejects a year after the current one, which is injected rather than read from the clock', () => {
    let files = replaceOnce(fixtureFiles(), 'editions.csv', 'II,2,2012', 'II,2,2031');
    files = replaceOnce(files, 'gaps.csv', '2011,no-operation', '2030,no-operation');
    expect(issuesIn(files, 2029)).toEqual([
      { file: 'editions.csv', line: 3, column: 'year', message: '"2031" is after 2029, the current year; check the year' },
      { file: 'gaps.csv', line: 2, column: 'year', message: '"2030" is after 2029, the current year; check the year' },
    ]);
    expect(loadPackageFromFiles(files, { currentYear: 2031 }).ok).toBe(true);
  });

  it('accepts the current year itself', () => {
    const files = replaceOnce(fixtureFiles(), 'editions.csv', 'II,2,2012', 'II,2,2026');
    expect(loadPackageFromFiles(files, { currentYear: 2026 }).ok).toBe(true);
  });
});
