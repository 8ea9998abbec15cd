/**
 * The cell-text check as the loader applies it: every cell of every table, with the rules of its
 * column's kind (id, list of ids, value, name, note, URL). Each fixture here was accepted before the
 * check existed.
 */
import { describe, expect, it } from 'vitest';
import { loadPackageFromFiles } from '../../src/data/load-package';
import { fixtureFiles, issuesFor, replaceOnce, setLine } from './fixture';

const OBSERVATIONS = 'observations.csv';
const OFFICES = 'offices.csv';
const INVISIBLE = 'remove it (invisible characters that hide or reorder text are not allowed)';

describe('cell text: control characters', () => {
  it('rejects a NUL in a note', () => {
    const files = replaceOnce(fixtureFiles(), OBSERVATIONS, 'A published zero.', 'A pub\u0000lished zero.');
    expect(issuesFor(files)).toEqual([
      { file: OBSERVATIONS, line: 4, column: 'note', message: 'contains U+0000 NULL at character 6; remove it (control characters are not allowed)' },
    ]);
  });

  it('rejects other C0 and C1 control characters, and DEL', () => {
    let files = replaceOnce(fixtureFiles(), 'metrics.csv', 'Minor victims recovered', 'Minor victims\u0085recovered');
    files = replaceOnce(files, 'gaps.csv', 'No edition this year.', 'No edition\u001B this year.');
    files = replaceOnce(files, 'sources.csv', 'Fixture source two.', 'Fixture\u007F source two.');
    expect(issuesFor(files)).toEqual([
      { file: 'gaps.csv', line: 2, column: 'note', message: 'contains U+001B ESCAPE at character 11; remove it (control characters are not allowed)' },
      { file: 'metrics.csv', line: 2, column: 'label', message: 'contains U+0085, a C1 control character, at character 14; remove it (control characters are not allowed)' },
      { file: 'sources.csv', line: 3, column: 'summary', message: 'contains U+007F DELETE at character 8; remove it (control characters are not allowed)' },
    ]);
  });

  it('rejects a tab, even in a note', () => {
    let files = replaceOnce(fixtureFiles(), 'sources.csv', 'Example Outlet', 'Example\tOutlet');
    files = replaceOnce(files, OBSERVATIONS, 'more than 40', 'more\tthan 40');
    expect(issuesFor(files)).toEqual([
      { file: OBSERVATIONS, line: 3, column: 'note', message: 'contains U+0009 CHARACTER TABULATION at character 5; replace it with a space' },
      { file: 'sources.csv', line: 2, column: 'outlet', message: 'contains U+0009 CHARACTER TABULATION at character 8; replace it with a space' },
    ]);
  });
});

describe('cell text: line breaks', () => {
  it('rejects a line break inside a quoted office name, and names the line the row starts on', () => {
    const files = setLine(fixtureFiles(), OFFICES, 3, 'denver,"FBI\nDenver",Denver,CO,39.7392,-104.9903,CO;WY');
    expect(issuesFor(files)).toEqual([
      {
        file: OFFICES,
        line: 3,
        column: 'name',
        message: 'contains U+000A LINE FEED at character 4; a name or label must fit on one line (only notes may span lines)',
      },
    ]);
  });

  it('rejects a carriage return in an id and in a value', () => {
    let files = setLine(fixtureFiles(), OBSERVATIONS, 5, 'II,"national\r",minor-victims,"30\r",,published,S2,');
    files = setLine(files, 'gaps.csv', 2, '2011,no-operation,S2,"two\r\nlines"');
    expect(issuesFor(files)).toEqual([
      {
        file: OBSERVATIONS,
        line: 5,
        column: 'place',
        message: 'contains U+000D CARRIAGE RETURN at character 9; an id must fit on one line (only notes may span lines)',
      },
      {
        file: OBSERVATIONS,
        line: 5,
        column: 'value',
        message: 'contains U+000D CARRIAGE RETURN at character 3; a value must fit on one line (only notes may span lines)',
      },
    ]);
  });
});

describe('cell text: invisible characters', () => {
  it('rejects a zero-width space in an office id, without calling the office unknown where it is used', () => {
    const files = replaceOnce(fixtureFiles(), OFFICES, 'seattle,FBI Seattle', 'sea\u200Bttle,FBI Seattle');
    expect(issuesFor(files)).toEqual([
      { file: OFFICES, line: 2, column: 'id', message: `contains U+200B ZERO WIDTH SPACE at character 4; ${INVISIBLE}` },
    ]);
  });

  it('rejects a right-to-left override in an office name', () => {
    const files = replaceOnce(fixtureFiles(), OFFICES, 'FBI Seattle', 'FBI \u202ESeattle');
    expect(issuesFor(files)).toEqual([
      { file: OFFICES, line: 2, column: 'name', message: `contains U+202E RIGHT-TO-LEFT OVERRIDE at character 5; ${INVISIBLE}` },
    ]);
  });

  it.each([
    ['U+200C ZERO WIDTH NON-JOINER', '\u200C'],
    ['U+200D ZERO WIDTH JOINER', '\u200D'],
    ['U+2060 WORD JOINER', '\u2060'],
    ['U+FEFF ZERO WIDTH NO-BREAK SPACE', '\uFEFF'],
    ['U+200E LEFT-TO-RIGHT MARK', '\u200E'],
    ['U+200F RIGHT-TO-LEFT MARK', '\u200F'],
    ['U+061C ARABIC LETTER MARK', '\u061C'],
    ['U+202A LEFT-TO-RIGHT EMBEDDING', '\u202A'],
    ['U+202B RIGHT-TO-LEFT EMBEDDING', '\u202B'],
    ['U+202C POP DIRECTIONAL FORMATTING', '\u202C'],
    ['U+202D LEFT-TO-RIGHT OVERRIDE', '\u202D'],
    ['U+2066 LEFT-TO-RIGHT ISOLATE', '\u2066'],
    ['U+2067 RIGHT-TO-LEFT ISOLATE', '\u2067'],
    ['U+2068 FIRST STRONG ISOLATE', '\u2068'],
    ['U+2069 POP DIRECTIONAL ISOLATE', '\u2069'],
    ['U+2028 LINE SEPARATOR', '\u2028'],
    ['U+2029 PARAGRAPH SEPARATOR', '\u2029'],
  ])('rejects %s in a note', (named, character) => {
    const files = replaceOnce(fixtureFiles(), OBSERVATIONS, 'Not reported.', `Not${character} reported.`);
    expect(issuesFor(files)).toEqual([{ file: OBSERVATIONS, line: 6, column: 'note', message: `contains ${named} at character 4; ${INVISIBLE}` }]);
  });

  it('rejects a bidi override in a source link and in a list of source ids', () => {
    let files = replaceOnce(fixtureFiles(), 'sources.csv', 'https://example.org/occ-i', 'https://example.org/\u202Eocc-i');
    files = replaceOnce(files, 'gaps.csv', 'no-operation,S2', 'no-operation,S\u20662');
    expect(issuesFor(files)).toEqual([
      { file: 'gaps.csv', line: 2, column: 'source_ids', message: `contains U+2066 LEFT-TO-RIGHT ISOLATE at character 2; ${INVISIBLE}` },
      { file: 'sources.csv', line: 2, column: 'url', message: `contains U+202E RIGHT-TO-LEFT OVERRIDE at character 21; ${INVISIBLE}` },
    ]);
  });

  it('escapes invisible characters when a header cell is quoted back', () => {
    const files = setLine(fixtureFiles(), 'gaps.csv', 1, 'year,kind,source_ids,note,\u202Eextra');
    const withField = setLine(files, 'gaps.csv', 2, '2011,no-operation,S2,No edition this year.,');
    expect(issuesFor(withField)).toEqual([
      {
        file: 'gaps.csv',
        line: 1,
        column: '\\u202Eextra',
        message: 'unknown column "\\u202Eextra"; the columns are year,kind,source_ids,note',
      },
    ]);
  });
});

describe('cell text: lengths', () => {
  it('rejects a 10,000-character office name', () => {
    const files = replaceOnce(fixtureFiles(), OFFICES, 'FBI Denver', 'D'.repeat(10_000));
    expect(issuesFor(files)).toEqual([
      { file: OFFICES, line: 3, column: 'name', message: 'is 10,000 characters long; a name or label can have at most 200; shorten it' },
    ]);
  });

  it('rejects a 10 MB note', () => {
    const files = replaceOnce(fixtureFiles(), OBSERVATIONS, 'more than 40', 'x'.repeat(10_000_000));
    expect(issuesFor(files)).toEqual([
      { file: OBSERVATIONS, line: 3, column: 'note', message: 'is 10,000,000 characters long; a note can have at most 2,000; shorten it' },
    ]);
  });

  it('caps ids, values and links, and counts characters rather than UTF-16 units', () => {
    let files = replaceOnce(fixtureFiles(), 'editions.csv', 'II,2,2012', `${'I'.repeat(65)},2,2012`);
    files = replaceOnce(files, 'sources.csv', 'https://example.org/occ-i', `https://example.org/${'a'.repeat(1981)}`);
    files = replaceOnce(files, 'observations.csv', 'more than 40', '😀'.repeat(2000));
    expect(issuesFor(files)).toEqual([
      { file: 'editions.csv', line: 3, column: 'id', message: 'is 65 characters long; an id can have at most 64; shorten it' },
      { file: 'sources.csv', line: 2, column: 'url', message: 'is 2,001 characters long; a web address can have at most 2,000; shorten it' },
    ]);
  });
});

describe('cell text: normalisation', () => {
  it('stores names in NFC, so a decomposed é matches a composed one', () => {
    const files = replaceOnce(fixtureFiles(), OFFICES, 'FBI Denver', 'FBI Montre\u0301al');
    const result = loadPackageFromFiles(files);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset.offices[1]?.name).toBe('FBI Montr\u00E9al');
  });

  it('keeps line breaks in notes', () => {
    const files = setLine(fixtureFiles(), 'gaps.csv', 2, '2011,no-operation,S2,"first line\r\nsecond line"');
    const result = loadPackageFromFiles(files);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset.gaps[0]?.note).toBe('first line\r\nsecond line');
  });
});
