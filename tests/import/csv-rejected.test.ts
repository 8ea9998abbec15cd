// @vitest-environment node
/**
 * CSV files the import rejects, one fixture per rule: the whole file is refused (no values, no
 * dataset), and each problem has its code, line and character, and a message that says how to fix it.
 */
import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, rejectBySize } from '../../src/import/validate-import';
import { at, codesOf, errorsOf, problemOf, utf16le, validate } from './support';

const HEADER = 'edition,office,minor_victims,traffickers';

function rejected(text: string | Uint8Array, fileName = 'results.csv') {
  const result = validate(text, fileName);
  expect(result.accepted).toBe(false);
  expect(result.values).toEqual([]);
  expect(result.dataset).toBeNull();
  return result;
}

describe('CSV: the file as a whole', () => {
  it.each([
    ['an empty file', '', 'file-empty'],
    ['only blank lines', '\n\r\n  \n', 'file-empty'],
  ])('refuses %s', (_, text, code) => {
    expect(codesOf(rejected(text))).toEqual([[code, null, null]]);
  });

  it('refuses a header without rows', () => {
    const result = rejected(`${HEADER}\n`);
    expect(codesOf(result)).toEqual([['no-rows', 1, 1]]);
    expect(result.problems[0]?.message).toBe('the file has a header but no rows; add one row per edition and field office');
  });

  it.each([
    ['";"', 'edition;office;minor_victims\nXIII;Denver;1\n', 'this file separates its fields with ";", not ","'],
    ['tabs', 'edition\toffice\tminor_victims\nXIII\tDenver\t1\n', 'this file separates its fields with tabs, not ","'],
  ])('detects another delimiter, %s, and says how to save the file', (_, text, start) => {
    const result = rejected(text);
    expect(codesOf(result)).toEqual([['wrong-delimiter', 1, 1]]);
    expect(result.problems[0]?.message).toBe(`${start}; save it as "CSV UTF-8 (Comma delimited)" (Excel: File › Save As), or set the list separator to ","`);
  });

  it('refuses UTF-16, with or without a byte-order mark, saying how to save it as CSV UTF-8', () => {
    for (const bytes of [utf16le(`${HEADER}\nXIII,Denver,1,2\n`), utf16le(`${HEADER}\nXIII,Denver,1,2\n`, false)]) {
      const result = rejected(bytes);
      expect(codesOf(result)).toEqual([['utf-16', null, null]]);
      expect(result.problems[0]?.message).toBe('this file is saved as UTF-16 ("Unicode text"), not UTF-8; save it as "CSV UTF-8 (Comma delimited)" (Excel: File › Save As)');
    }
  });

  it('refuses text that is not UTF-8, naming the byte and line, never showing mojibake', () => {
    const bytes = new Uint8Array([...strToU8(`${HEADER}\nXIII,Montr`), 0xe9, ...strToU8('al,1,2\n')]);
    const result = rejected(bytes);
    expect(codesOf(result)).toEqual([['not-utf-8', 2, null]]);
    expect(result.problems[0]?.message).toBe(
      'this file is not UTF-8 at byte 52 (line 2): the byte 0xE9 does not start a valid UTF-8 character (text saved as Windows-1252 or Latin-1 looks like this); save it as "CSV UTF-8 (Comma delimited)" (Excel: File › Save As)',
    );
  });

  it.each([
    ['a gzip file', gzipSync(strToU8(`${HEADER}\n`)), 'this is not a text file: it is compressed with gzip'],
    ['a workbook', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), 'this is an Excel workbook or another ZIP archive, not a CSV file'],
    ['a picture', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]), 'this is not a text file: it holds binary data'],
  ])('refuses %s renamed .csv', (_, bytes, start) => {
    const result = rejected(bytes);
    expect(codesOf(result)).toEqual([['not-text', null, null]]);
    expect(result.problems[0]?.message.startsWith(start)).toBe(true);
  });

  it('checks the size cap before reading', () => {
    const result = rejected(new Uint8Array(MAX_FILE_BYTES + 1));
    expect(codesOf(result)).toEqual([['file-too-large', null, null]]);
    expect(result.problems[0]?.message).toBe('the file is 50.0 MiB; files up to 50 MiB are read, and a results table is far smaller: check that this is the right file');
    expect(rejectBySize('big.csv', 2 * 1024 ** 3)?.problems.map((p) => p.code)).toEqual(['file-too-large']);
    expect(rejectBySize('small.csv', 1024)).toBeNull();
  });

  it.each([
    ['results.xls', 'this is an Excel 97–2003 workbook (.xls); save it as an Excel Workbook (.xlsx) or as "CSV UTF-8"'],
    ['results.txt', 'a .txt file is not read; save it as "CSV UTF-8 (Comma delimited)" (Excel: File › Save As), or name it .csv if it already is comma-separated UTF-8 text'],
    ['results', 'files are read as .csv (UTF-8), .xlsx or .json; save the results in one of these'],
  ])('refuses a file named %s', (name, message) => {
    const result = rejected(`${HEADER}\nXIII,Denver,1,2\n`, name);
    expect(result.format).toBeNull();
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([['unsupported-format', message]]);
  });
});

describe('CSV: syntax and header', () => {
  it('names ragged rows, too few and too many fields', () => {
    const text = `${HEADER}\nXIII,Denver,1\nXIII,Boston,1,234,5\n`;
    const result = rejected(text);
    expect(codesOf(result)).toEqual([
      ['ragged-row', 2, 1],
      ['ragged-row', 3, 1],
    ]);
    expect(result.problems[1]?.message).toBe('this row has 5 fields but the header has 4; check for a missing or extra ","; a number such as 1,234 must be in quotes or written without the ","');
  });

  it('names an unclosed quote where it opens, and text after a closing quote', () => {
    const text = `${HEADER}\nXIII,"Denver"x,1,2\nXIII,"Boston,1,2\nXIII,Miami,3,4\n`;
    const result = rejected(text);
    expect(errorsOf(result)).toEqual(expect.arrayContaining([at('csv-quote', text, 2, 'x'), at('csv-quote', text, 3, '"Boston')]));
    expect(problemOf(result, 'csv-quote').message).toBe('text follows the closing quote of a quoted cell; put the whole cell in quotes and write a quote inside it as ""');
  });

  it('refuses two columns read as the same thing, naming both', () => {
    const text = 'edition,office,minor_victims,Minor victims\nXIII,Denver,1,2\n';
    const result = rejected(text);
    expect(codesOf(result)).toEqual([at('header-duplicate', text, 1, 'Minor victims')]);
    expect(result.problems[0]?.message).toBe(
      'the columns "minor_victims" and "Minor victims" are both read as metric minor-victims (Minor victims recovered or identified); keep one, or rename the other',
    );
  });

  it('refuses a value under a column with no name, and accepts an empty unnamed column', () => {
    const text = 'edition,office,,minor_victims\nXIII,Denver,,1\nXIII,Boston,7,2\n';
    expect(codesOf(rejected(text))).toEqual([at('header-blank', text, 3, '7')]);
    expect(validate('edition,office,,minor_victims\nXIII,Denver,,1\n', 'ok.csv').accepted).toBe(true);
  });

  it('refuses control, zero-width and bidi characters in a column name', () => {
    const text = 'edition,office,traffickers,minor\u202E_victims\nXIII,Denver,1,2\n';
    const result = rejected(text);
    expect(errorsOf(result)).toEqual([at('header-text', text, 1, 'minor')]);
    expect(result.problems[0]?.message).toBe('the column name "minor\\u202E_victims" contains U+202E RIGHT-TO-LEFT OVERRIDE at character 6; remove it (invisible characters that hide or reorder text are not allowed)');
  });

  it.each([
    ['no office column', 'edition,minor_victims\nXIII,1\n', 'no-office-column', 'no column names the field office; add a column "office" with one office per row'],
    ['no edition or year column', 'office,minor_victims\nDenver,1\n', 'no-edition-column', 'no column names the edition or the year; add a column "edition" (such as XIII) or "year" (such as 2023)'],
    ['no metric column', 'edition,office,remarks\nXIII,Denver,fine\n', 'no-metric-column', 'no column is a metric; name each metric column by its id, such as minor_victims, missing_children, adult_victims (the README lists every name read)'],
  ])('refuses a file with %s', (_, text, code, message) => {
    const result = rejected(text);
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line, p.message])).toEqual([[code, 1, message]]);
  });
});

describe('CSV: editions and years', () => {
  it.each([
    ['a year without an edition (no operation)', 'year', '2011', 'year-without-edition', '2011 had no Operation Cross Country; a row needs a year with an edition, never a blank or a zero for a year without one'],
    ['a year without published results', 'year', '2024', 'year-without-edition', 'no results of an Operation Cross Country were published for 2024; a row needs a year with an edition, never a blank or a zero for a year without one'],
    ['a year before the first edition', 'year', '2005', 'year-without-edition', 'no Operation Cross Country edition ran in 2005 (editions ran from 2008 to 2023); a row needs a year with an edition, never a blank or a zero for a year without one'],
    ['a year with two editions', 'year', '2009', 'year-ambiguous', '2009 had two editions (III and IV); add an "edition" column saying which one this row is about'],
    ['a year that is not four digits', 'year', "'14", 'year-invalid', '"\'14" is not a year; write four digits such as 2014'],
    ['an unknown edition', 'edition', 'XIV', 'edition-unknown', '"XIV" is not an Operation Cross Country edition; write its numeral, I to XIII, optionally after "OCC"'],
    ['an edition number', 'edition', '13', 'edition-unknown', '"13" is not an edition id; editions are written as Roman numerals: edition 13 is XIII (2023)'],
    ['a year in the edition column', 'edition', '2014', 'edition-unknown', '"2014" is a year, not an edition; put years in a "year" column, or write the edition\'s numeral (I to XIII)'],
  ])('refuses %s', (_, column, value, code, message) => {
    const text = `${column},office,minor_victims\n${value},Denver,1\n`;
    const result = rejected(text);
    expect(result.problems.map((p) => [p.code, p.line, p.character, p.column, p.value, p.message])).toEqual([[code, 2, 1, column, value, message]]);
  });

  it('refuses an edition and a year that disagree, and a row without either', () => {
    const text = 'edition,year,office,minor_victims\nVIII,2015,Denver,1\n,,Boston,2\n';
    const result = rejected(text);
    expect(codesOf(result)).toEqual([at('edition-year-mismatch', text, 2, '2015'), ['edition-missing', 3, 1]]);
    expect(result.problems[0]?.message).toBe('edition VIII ran in 2014, but this row says 2015; correct the edition or the year');
  });
});

describe('CSV: offices', () => {
  it('refuses a blank office, an unknown office with "did you mean", and a state that is not the office\'s', () => {
    const text = `${HEADER}\nXIII,,1,2\nXIII,Sna Juan,1,2\nXIII,"Portland, ME",1,2\nXIII,Gotham,1,2\n`;
    const result = rejected(text);
    expect(codesOf(result)).toEqual([
      at('office-missing', text, 2, ','),
      at('office-unknown', text, 3, 'Sna'),
      at('office-unknown', text, 4, '"Portland'),
      at('office-unknown', text, 5, 'Gotham'),
    ].map(([code, line, character]) => [code, line, code === 'office-missing' ? character + 1 : character]));
    expect(result.problems.slice(1).map((p) => p.message)).toEqual([
      '"Sna Juan" is not one of the 56 field offices; did you mean FBI San Juan? Write the office as its id (san-juan), name (FBI San Juan) or city (San Juan)',
      '"Portland, ME" does not name a field office: FBI Portland is in OR, not ME; ME is covered by FBI Boston; write the office as its id, name or city',
      '"Gotham" is not one of the 56 field offices; write the office as its id (san-juan), name (FBI San Juan) or city (San Juan)',
    ]);
  });

  it.each([
    ['a control character', 'Den\u0007ver', 'contains U+0007 BELL at character 4; remove it (control characters are not allowed)'],
    ['a zero-width space', 'Den\u200Bver', 'contains U+200B ZERO WIDTH SPACE at character 4; remove it (invisible characters that hide or reorder text are not allowed)'],
    ['an over-long name', 'D'.repeat(201), 'is 201 characters long; a name or label can have at most 200; shorten it'],
  ])('refuses %s in an office name', (_, office, message) => {
    const result = rejected(`${HEADER}\nXIII,${office},1,2\n`);
    expect(codesOf(result)).toEqual([['cell-text', 2, 6]]);
    expect(result.problems[0]?.message.endsWith(message)).toBe(true);
  });
});

describe('CSV: values', () => {
  it.each([
    ['12.5', 'not-a-count', '"12.5" is not a whole number; a count has no decimals and is never rounded here'],
    ['1.234', 'not-a-count', '"1.234" is not a whole number; a count has no decimals and is never rounded here; if "." separates thousands here, write 1234'],
    ['12.0', 'not-a-count', '"12.0" is written with decimals; a count has none: write 12'],
    ['1e3', 'not-a-count', '"1e3" is in exponent form; a count is written in full: write 1000'],
    ['0x1F', 'not-a-count', '"0x1F" is hexadecimal; write the count in decimal digits'],
    ['Infinity', 'not-a-count', '"Infinity" is not a count; write a whole number such as 12, 0 for none, or leave the cell blank if not reported'],
    ['NaN', 'not-a-count', '"NaN" is not a count; write a whole number such as 12, 0 for none, or leave the cell blank if not reported'],
    ['+5', 'not-a-count', '"+5" has a plus sign; write 5'],
    ['1 234', 'not-a-count', '"1 234" has a thousands separator other than ","; write the digits alone'],
    ['none', 'not-a-count', '"none" may mean 0 or not reported; write 0 for a zero, or leave the cell blank if not reported'],
    ['12 victims', 'not-a-count', '"12 victims" is not a count; write a whole number such as 12, 0 for none, or leave the cell blank if not reported'],
    ['#N/A', 'excel-error', '"#N/A" is a spreadsheet error, not a count; fix the formula in the workbook, or type the count'],
    ['-3', 'negative-count', '"-3" is negative; a count cannot be below 0'],
    ['10000000', 'count-too-large', '"10000000" is above 9,999,999, the largest count allowed; check the value (a count this large is a typing or export error)'],
    ['12345678901234567890', 'count-too-large', '"12345678901234567890" is above 9,999,999, the largest count allowed; check the value (a count this large is a typing or export error)'],
    ['9'.repeat(65), 'cell-text', `"${'9'.repeat(60)}…" is 65 characters long; a value can have at most 64; shorten it`],
  ])('refuses %s as a count', (value, code, message) => {
    const text = `${HEADER}\nXIII,Denver,${value},2\n`;
    const result = rejected(text);
    expect(result.problems.map((p) => [p.code, p.line, p.character, p.column, p.message])).toEqual([[code, 2, 13, 'minor_victims', message]]);
  });

  it('refuses two rows for the same edition and office, identical or not, naming both lines', () => {
    const text = `${HEADER}\nXIII,Denver,1,2\nXIII,Boston,1,2\nXIII,Denver,1,2\nXIII,FBI Denver,5,6\n`;
    const result = rejected(text);
    expect(errorsOf(result)).toEqual([
      ['duplicate-row', 4, 1],
      ['duplicate-row', 5, 1],
    ]);
    expect(result.problems.filter((p) => p.code === 'duplicate-row').map((p) => p.message)).toEqual([
      'this row repeats edition XIII, FBI Denver, already given on line 2; keep one row per edition and office (values are never added up or overwritten)',
      'this row repeats edition XIII, FBI Denver, already given on line 2; keep one row per edition and office (values are never added up or overwritten)',
    ]);
  });

  it('lists every problem of a long wrong file up to the cap, and counts the rest', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `XIII,Denver,x${i},y`).join('\n');
    const result = validate(`${HEADER}\n${rows}\n`, 'long.csv', { maxProblems: 100 });
    expect(result.problems).toHaveLength(100);
    expect(result.counts.error).toBe(5_000 * 2 + 4_999);
    expect(result.omitted).toBe(result.counts.error - 100);
  });
});
