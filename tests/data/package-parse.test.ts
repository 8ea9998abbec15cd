import { describe, expect, it } from 'vitest';
import { loadPackageFromFiles } from '../../src/data/load-package';
import { parsePackage } from '../../src/data/package-parse';
import { writePackage } from '../../src/data/package-write';
import { fixtureDataset, fixtureFiles, issuesFor, lineOf, replaceOnce, setLine } from './fixture';

const OBSERVATIONS = 'observations.csv';

function loaded(files: Record<string, string>) {
  const result = loadPackageFromFiles(files);
  if (!result.ok) throw new Error(`expected the package to load, got ${JSON.stringify(result.issues)}`);
  return result.dataset;
}

describe('parsePackage: a valid package', () => {
  it('round-trips: writePackage then loadPackageFromFiles gives back an equal Dataset', () => {
    expect(loaded(fixtureFiles())).toEqual(fixtureDataset());
  });

  it('reads a blank value as null (not reported) and a published 0 as 0', () => {
    const { observations } = loaded(fixtureFiles());
    const seattle = observations.filter((o) => o.place === 'seattle');
    expect(seattle.map((o) => [o.editionId, o.value])).toEqual([
      ['I', 0],
      ['II', null],
    ]);
  });

  it('turns a number blanked out in the CSV into null, never 0', () => {
    const files = setLine(fixtureFiles(), OBSERVATIONS, 2, 'I,national,minor-victims,,,published,S1,');
    expect(loaded(files).observations[0]?.value).toBeNull();
  });

  it('parses a file with a UTF-8 BOM identically', () => {
    const files = fixtureFiles();
    const withBom = Object.fromEntries(
      Object.entries(files).map(([name, text]) => [name, name.endsWith('.csv') ? `\uFEFF${text}` : text]),
    );
    expect(loaded(withBom)).toEqual(loaded(files));
  });

  it('accepts LF line ends as well as CRLF', () => {
    const files = Object.fromEntries(Object.entries(fixtureFiles()).map(([name, text]) => [name, text.replaceAll('\r\n', '\n')]));
    expect(loaded(files)).toEqual(fixtureDataset());
  });

  it('reports a missing table file once, without follow-on reference errors', () => {
    const files = fixtureFiles();
    delete files['sources.csv'];
    expect(issuesFor(files)).toEqual([
      { file: 'sources.csv', line: null, column: null, message: 'the file is missing; the manifest lists it as the "sources" table' },
    ]);
  });

  it('reads each table from the path the manifest gives it and names that path in issues', () => {
    const dataset = fixtureDataset();
    dataset.manifest.resources = dataset.manifest.resources.map((r) =>
      r.name === 'observations' ? { ...r, path: 'tables/observations-v2.csv' } : r,
    );
    const files = setLine(writePackage(dataset), 'tables/observations-v2.csv', 4, 'I,gotham,minor-victims,0,,published,S1,');
    expect(issuesFor(files)).toEqual([
      {
        file: 'tables/observations-v2.csv',
        line: 4,
        column: 'place',
        message: 'unknown office "gotham"; expected "national" or an id from offices.csv',
      },
    ]);
  });

  it('accepts tables passed directly, keyed by resource name', () => {
    const { manifest } = fixtureDataset();
    const files = writePackage(fixtureDataset());
    const result = parsePackage(manifest, { editions: files['editions.csv'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.file)).toEqual(['gaps.csv', 'metrics.csv', 'observations.csv', 'offices.csv', 'sources.csv', 'wording.csv']);
  });
});

describe('parsePackage: headers', () => {
  it('names a missing column at line 1 and skips that table’s rows', () => {
    const header = 'edition,place,metric,qualifier,origin,source_ids,note';
    const files = setLine(fixtureFiles(), OBSERVATIONS, 1, header);
    const issues = issuesFor(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: OBSERVATIONS, line: 1, column: 'value' });
    expect(issues[0]?.message).toContain('column "value" is missing; the columns are edition,place,metric,value,');
  });

  it('names an unknown column', () => {
    let files = setLine(fixtureFiles(), OBSERVATIONS, 1, `${lineOf(fixtureFiles(), OBSERVATIONS, 1)},extra`);
    for (let line = 2; line <= 7; line += 1) files = setLine(files, OBSERVATIONS, line, `${lineOf(files, OBSERVATIONS, line)},x`);
    const issues = issuesFor(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: OBSERVATIONS, line: 1, column: 'extra' });
    expect(issues[0]?.message).toContain('unknown column "extra"');
  });

  it('names a duplicated column', () => {
    let files = setLine(fixtureFiles(), 'sources.csv', 1, 'id,outlet,date,url,summary,url');
    files = setLine(files, 'sources.csv', 2, `${lineOf(files, 'sources.csv', 2)},`);
    files = setLine(files, 'sources.csv', 3, `${lineOf(files, 'sources.csv', 3)},`);
    expect(issuesFor(files)).toEqual([
      { file: 'sources.csv', line: 1, column: 'url', message: 'column "url" appears more than once; keep one' },
    ]);
  });

  it('reports an empty file', () => {
    const issues = issuesFor({ ...fixtureFiles(), 'gaps.csv': '' });
    expect(issues).toEqual([
      { file: 'gaps.csv', line: null, column: null, message: 'the file is empty; expected a header line: year,kind,source_ids,note' },
    ]);
  });
});

describe('parsePackage: rows and cells', () => {
  it.each([
    ['abc', '"abc" is not a whole number'],
    ['-3', '"-3" is negative; counts cannot be below 0'],
    ['12.5', '"12.5" is not a whole number'],
    ['1e3', '"1e3" is not a whole number'],
    ['NaN', '"NaN" is not a whole number'],
    ['12abc', '"12abc" is not a whole number'],
    [' 12', '" 12" has spaces around the number'],
    ['"1,200"', '"1,200" has a thousands separator; write it as 1200'],
  ])('rejects the count %s in observations.csv line 5, column "value"', (cell, fragment) => {
    const files = setLine(fixtureFiles(), OBSERVATIONS, 5, `II,national,minor-victims,${cell},,published,S2,`);
    const issues = issuesFor(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: OBSERVATIONS, line: 5, column: 'value' });
    expect(issues[0]?.message).toContain(fragment);
  });

  it('reports a row with the wrong number of fields, without follow-on reference errors', () => {
    const files = setLine(fixtureFiles(), 'editions.csv', 3, 'II,2,2012,,,2012-06-25,S1;S2');
    expect(issuesFor(files)).toEqual([
      {
        file: 'editions.csv',
        line: 3,
        column: null,
        message: 'this row has 7 fields but the header has 8; check for a missing or extra ","',
      },
    ]);
  });

  it('keeps physical line numbers after a quoted field with an embedded newline', () => {
    const dataset = fixtureDataset();
    const first = dataset.observations[0];
    if (first === undefined) throw new Error('fixture has no observations');
    dataset.observations[0] = { ...first, note: 'first line\nsecond line' };
    const files = replaceOnce(writePackage(dataset), OBSERVATIONS, 'I,national,cities,40,', 'I,national,cities,-3,');
    const issues = issuesFor(files);
    expect(issues).toHaveLength(1);
    // The cities row is the 2nd record but starts on physical line 4, because line 2's note spans two lines.
    expect(issues[0]).toMatchObject({ file: OBSERVATIONS, line: 4, column: 'value' });
  });

  it('reports a stray quote inside an unquoted field', () => {
    const files = setLine(fixtureFiles(), OBSERVATIONS, 6, 'II,seattle,minor-victims,,,published,S2,Not "reported".');
    expect(issuesFor(files)).toEqual([
      { file: OBSERVATIONS, line: 6, column: null, message: 'a quote appears inside an unquoted field' },
      { file: OBSERVATIONS, line: 6, column: null, message: 'text follows a closing quote; quote the whole field' },
    ]);
  });

  it('reports a quoted field that is never closed at the line it opens', () => {
    const files = setLine(fixtureFiles(), OBSERVATIONS, 3, 'I,national,cities,40,at-least,published,S1,"more than 40');
    expect(issuesFor(files)).toEqual([
      { file: OBSERVATIONS, line: 3, column: null, message: 'a quoted field is never closed' },
    ]);
  });

  it('rejects a javascript: URL in sources.csv', () => {
    const files = replaceOnce(fixtureFiles(), 'sources.csv', 'https://example.org/occ-i', 'javascript:alert(1)');
    const issues = issuesFor(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'sources.csv', line: 2, column: 'url' });
    expect(issues[0]?.message).toContain('"javascript:alert(1)" is not a web address; only http:// and https:// links are allowed');
  });

  it('rejects an impossible date and a bad enum value', () => {
    let files = replaceOnce(fixtureFiles(), 'editions.csv', '2010-11-07', '2010-11-31');
    files = replaceOnce(files, 'metrics.csv', 'outcome', 'result');
    expect(issuesFor(files)).toEqual([
      { file: 'editions.csv', line: 2, column: 'end_date', message: '"2010-11-31" is not a real date' },
      { file: 'metrics.csv', line: 2, column: 'kind', message: '"result" is not allowed; expected one of "outcome", "scale"' },
    ]);
  });

  it('reports every problem in a file, sorted by file then line', () => {
    let files = setLine(fixtureFiles(), OBSERVATIONS, 7, 'II,denver,arrests,9,,synthetic,,');
    files = setLine(files, OBSERVATIONS, 2, 'I,national,minor-victims,-3,,published,S1,');
    files = setLine(files, OBSERVATIONS, 4, 'I,gotham,minor-victims,abc,,published,S1,');
    files = replaceOnce(files, 'sources.csv', '2012-06-25,,', '2012-06-25,ftp://example.org,');
    files = replaceOnce(files, 'offices.csv', '47.6062', '147.6062');
    const issues = issuesFor(files);
    expect(issues.map((i) => [i.file, i.line, i.column])).toEqual([
      [OBSERVATIONS, 2, 'value'],
      [OBSERVATIONS, 4, 'value'],
      [OBSERVATIONS, 4, 'place'],
      [OBSERVATIONS, 7, 'metric'],
      ['offices.csv', 2, 'lat'],
      ['sources.csv', 3, 'url'],
    ]);
    expect(issues[1]?.message).toContain('"abc" is not a whole number');
    expect(issues[2]?.message).toBe('unknown office "gotham"; expected "national" or an id from offices.csv');
    expect(issues[4]?.message).toBe('"147.6062" is out of range; a latitude is between -90 and 90');
  });
});
