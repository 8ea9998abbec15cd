import { describe, expect, it } from 'vitest';
import { fixtureFiles, issuesFor, lineOf, replaceOnce, setLine } from './fixture';

const OBSERVATIONS = 'observations.csv';

describe('parsePackage: cross-table integrity', () => {
  it('names both lines of a duplicate (edition, place, metric) key', () => {
    const files = fixtureFiles();
    const duplicated = { ...files, [OBSERVATIONS]: `${files[OBSERVATIONS] ?? ''}${lineOf(files, OBSERVATIONS, 2)}\r\n` };
    expect(issuesFor(duplicated)).toEqual([
      {
        file: OBSERVATIONS,
        line: 8,
        column: null,
        message: 'the value for edition "I", place "national", metric "minor-victims" appears twice; first seen on line 2',
      },
    ]);
  });

  it('names both lines of a duplicate edition id', () => {
    const files = setLine(fixtureFiles(), 'editions.csv', 3, 'I,2,2012,,,2012-06-25,S1;S2,');
    expect(issuesFor(files)).toContainEqual({
      file: 'editions.csv',
      line: 3,
      column: 'id',
      message: 'edition id "I" appears twice; first seen on line 2',
    });
  });

  it('rejects an unknown office', () => {
    const files = setLine(fixtureFiles(), OBSERVATIONS, 4, 'I,gotham,minor-victims,0,,published,S1,');
    expect(issuesFor(files)).toEqual([
      { file: OBSERVATIONS, line: 4, column: 'place', message: 'unknown office "gotham"; expected "national" or an id from offices.csv' },
    ]);
  });

  it('rejects an unknown metric', () => {
    const files = setLine(fixtureFiles(), OBSERVATIONS, 2, 'I,national,arrests,12,,published,S1,');
    expect(issuesFor(files)).toEqual([
      { file: OBSERVATIONS, line: 2, column: 'metric', message: 'unknown metric "arrests"; expected an id from metrics.csv' },
    ]);
  });

  it('rejects an unknown source id in any table', () => {
    let files = setLine(fixtureFiles(), OBSERVATIONS, 5, 'II,national,minor-victims,30,,published,S2;S9,');
    files = replaceOnce(files, 'gaps.csv', 'no-operation,S2', 'no-operation,S7');
    expect(issuesFor(files)).toEqual([
      { file: 'gaps.csv', line: 2, column: 'source_ids', message: 'unknown source "S7"; expected an id from sources.csv' },
      { file: OBSERVATIONS, line: 5, column: 'source_ids', message: 'unknown source "S9"; expected an id from sources.csv' },
    ]);
  });

  it('rejects an edition dated in a year that gaps.csv lists as having no operation', () => {
    const files = setLine(fixtureFiles(), 'editions.csv', 3, 'II,2,2011,,,2012-06-25,S1;S2,');
    expect(issuesFor(files)).toEqual([
      { file: 'editions.csv', line: 3, column: 'year', message: 'edition "II" is dated 2011, but gaps.csv says 2011 had no operation' },
    ]);
  });

  it('explains an observation that refers to a gap year', () => {
    const files = setLine(fixtureFiles(), OBSERVATIONS, 2, '2011,national,minor-victims,12,,published,S1,');
    expect(issuesFor(files)).toEqual([
      { file: OBSERVATIONS, line: 2, column: 'edition', message: 'edition "2011" does not exist; 2011 had no operation' },
    ]);
  });

  it('explains an observation that uses a year instead of the edition numeral', () => {
    const files = setLine(fixtureFiles(), OBSERVATIONS, 5, '2012,national,minor-victims,30,,published,S2,');
    const [issue] = issuesFor(files);
    expect(issue?.message).toBe('edition "2012" does not exist; editions are identified by their numeral, and 2012 had edition II');
  });

  it('rejects wording rows for unknown editions and metrics', () => {
    const files = setLine(fixtureFiles(), 'wording.csv', 3, 'IX,victims,children recovered,children-recovered,S2');
    expect(issuesFor(files)).toEqual([
      { file: 'wording.csv', line: 3, column: 'edition', message: 'edition "IX" does not exist; expected an id from editions.csv' },
      { file: 'wording.csv', line: 3, column: 'metric', message: 'unknown metric "victims"; expected an id from metrics.csv' },
    ]);
  });

  it('rejects a qualifier on a blank value', () => {
    const files = setLine(fixtureFiles(), OBSERVATIONS, 3, 'I,national,cities,,at-least,published,S1,');
    const issues = issuesFor(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: OBSERVATIONS, line: 3, column: 'qualifier' });
    expect(issues[0]?.message).toContain('the qualifier "at-least" has no value to qualify');
  });

  it('does not add rule errors on top of a cell that was itself invalid', () => {
    // "-3" is rejected; the qualifier rule must not then read the rejected value as blank.
    const files = setLine(fixtureFiles(), OBSERVATIONS, 3, 'I,national,cities,-3,at-least,unknown,,');
    expect(issuesFor(files).map((i) => [i.line, i.column])).toEqual([
      [3, 'value'],
      [3, 'origin'],
    ]);
  });

  it('rejects a published row with no source', () => {
    const files = setLine(fixtureFiles(), OBSERVATIONS, 2, 'I,national,minor-victims,12,,published,,');
    expect(issuesFor(files)).toEqual([
      { file: OBSERVATIONS, line: 2, column: 'source_ids', message: 'a published row needs at least one source id' },
    ]);
  });

  it('does not call references unknown when the table they point to could not be read', () => {
    // offices.csv loses a column, so its ids are unknown: the place "gotham" is not flagged on top.
    let files = setLine(fixtureFiles(), 'offices.csv', 1, 'id,name,city,state,lat,lon');
    files = setLine(files, OBSERVATIONS, 4, 'I,gotham,minor-victims,0,,published,S1,');
    expect(issuesFor(files).map((i) => [i.file, i.line, i.column])).toEqual([['offices.csv', 1, 'territory_states']]);
  });
});
