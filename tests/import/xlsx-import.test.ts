// @vitest-environment node
/**
 * Excel files: the `results` sheet or the first, cells read as stored and never evaluated, problems
 * named by sheet and cell. Workbooks are built in the test (support.ts), one from write-excel-file.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { codesOf, errorsOf, problemOf, sheet, validate, valuesOf, workbook } from './support';
import type { XCell } from './support';

const HEADER: XCell[] = ['edition', 'office', 'minor_victims', 'traffickers'];

const rejected = (bytes: Uint8Array) => {
  const result = validate(bytes, 'results.xlsx');
  expect(result.accepted).toBe(false);
  expect(result.values).toEqual([]);
  expect(result.dataset).toBeNull();
  return result;
};

/** `[code, cell]` of every listed problem. */
const cellsOf = (bytes: Uint8Array) => rejected(bytes).problems.map((p) => [p.code, p.cell]);

describe('Excel: accepted files', () => {
  it('reads text and number cells, inline and shared strings', () => {
    const result = validate(workbook([sheet([HEADER, ['VIII', { shared: 'Denver' }, 18, null], [{ shared: 'XIII' }, 'San Juan', 0, 3]])]), 'results.xlsx');
    expect(result.accepted).toBe(true);
    expect(result.format).toBe('xlsx');
    expect(valuesOf(result)).toEqual([
      'VIII/denver/minor-victims=18',
      'VIII/denver/traffickers=null',
      'XIII/san-juan/minor-victims=0',
      'XIII/san-juan/traffickers=3',
    ]);
    expect(codesOf(result)).toEqual([]);
  });

  it('reads the sheet named "results", else the first, and says which', () => {
    const other = sheet([['notes'], ['not the data']], 'Notes');
    const results = sheet([HEADER, ['XIII', 'Denver', 5, 6]], 'Results');
    const chosen = validate(workbook([other, results]), 'book.xlsx');
    expect(chosen.accepted).toBe(true);
    expect(chosen.problems.map((p) => [p.code, p.message])).toEqual([['xlsx-sheet', 'the workbook has 2 sheets; the sheet "results" is read']]);
    const first = validate(workbook([sheet([HEADER, ['XIII', 'Denver', 5, 6]], 'Data 2023'), other]), 'book.xlsx');
    expect(first.accepted).toBe(true);
    expect(first.problems.map((p) => p.message)).toEqual(['the workbook has 2 sheets; the first, "Data 2023", is read (name a sheet "results" to read that one)']);
  });

  it('reads a formula\'s saved result, never evaluating it, with a notice', () => {
    const result = validate(workbook([sheet([HEADER, ['XIII', 'Denver', { formula: 'SUM(10,2)', value: '12' }, 1]])]), 'results.xlsx');
    expect(result.accepted).toBe(true);
    expect(valuesOf(result)).toEqual(['XIII/denver/minor-victims=12', 'XIII/denver/traffickers=1']);
    expect(result.problems.map((p) => [p.code, p.cell, p.message])).toEqual([
      ['formula-result', 'Sheet1!C2', '1 cell holds a formula: the result saved in the workbook is read (formulas are never evaluated here)'],
    ]);
  });

  it('reads numbers stored as text like CSV cells, and a table that starts lower down', () => {
    const result = validate(workbook([sheet([[], [], HEADER, ['XIII', 'Denver', '18', '1,234']], 'results')]), 'results.xlsx');
    expect(result.accepted).toBe(true);
    expect(valuesOf(result)).toEqual(['XIII/denver/minor-victims=18', 'XIII/denver/traffickers=1234']);
    expect(result.problems.map((p) => [p.code, p.line, p.character, p.cell])).toEqual([
      ['implausible-count', 4, 4, 'results!D4'],
      ['thousands-separator', 4, 4, 'results!D4'],
    ]);
  });

  it('reads a workbook written by another library (write-excel-file)', async () => {
    const blob = await writeXlsxFile([HEADER as string[], ['XIII', 'FBI Denver', 7, 0], ['XII', 'denver', null, 2]], { sheet: 'results' }).toBlob();
    const result = validate(new Uint8Array(await blob.arrayBuffer()), 'written.xlsx');
    expect(result.accepted).toBe(true);
    expect(valuesOf(result)).toEqual([
      'XIII/denver/minor-victims=7',
      'XIII/denver/traffickers=0',
      'XII/denver/minor-victims=null',
      'XII/denver/traffickers=2',
    ]);
  });
});

describe('Excel: rejected files', () => {
  it.each([
    ['an Excel error', { error: '#DIV/0!' }, 'excel-error', 'the cell holds the Excel error #DIV/0!; fix the formula, or type the value'],
    ['a formula without a saved result', { formula: 'SUM(A1:A3)' }, 'formula-without-result', 'this cell holds a formula without a saved result; open the file in Excel and save it (or paste the values) so the result is stored'],
    ['a text formula without a saved result', { formula: 'A1&B1', type: 'str' }, 'formula-without-result', 'this cell holds a formula without a saved result; open the file in Excel and save it (or paste the values) so the result is stored'],
    ['a date', { date: 45000 }, 'excel-date', 'the cell is formatted as a date (Excel may have turned what was typed into a date); format it as Number or General and type the value'],
    ['a decimal', 18.5, 'not-a-count', '18.5 is not a whole number (the spreadsheet may show it rounded); a count has no decimals and is never rounded here: type the whole number'],
    ['a floating-point leftover', { formula: '0.1*180', value: '18.000000000000004' }, 'not-a-count', '18.000000000000004 is not a whole number (the spreadsheet may show it rounded); a count has no decimals and is never rounded here: type the whole number'],
    ['a true/false value', { bool: true }, 'not-a-count', '"TRUE" is not a count; write a whole number such as 12, 0 for none, or leave the cell blank if not reported'],
  ] as [string, XCell, string, string][])('refuses %s where a count belongs, naming the cell', (_, cell, code, message) => {
    const result = rejected(workbook([sheet([HEADER, ['XIII', 'Denver', cell, 1]], 'results')]));
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line, p.character, p.cell, p.column, p.message])).toEqual([[code, 2, 3, 'results!C2', 'minor_victims', message]]);
  });

  it('refuses merged cells, which hold a value only in their first cell', () => {
    const bytes = workbook([sheet([HEADER, ['XIII', 'Denver', 1, 2], [null, 'Boston', 3, 4]], 'results', ['A2:A3'])]);
    const result = rejected(bytes);
    expect(errorsOf(result)).toEqual([
      ['xlsx-merged-cells', 2, 1],
      ['edition-missing', 3, 1],
    ]);
    expect(problemOf(result, 'xlsx-merged-cells').message).toBe('the cells A2:A3 are merged; a merged cell holds its value only in its first cell, so unmerge them and write the value in every row');
  });

  it('names sheets with spaces the way Excel does, and a value under no column name', () => {
    expect(cellsOf(workbook([sheet([HEADER, ['XIII', 'Denver', 1, 2, 'stray']], 'My results')]))).toEqual([['header-blank', "'My results'!E2"]]);
  });

  it('names duplicate rows by their row numbers', () => {
    const result = rejected(workbook([sheet([HEADER, ['XIII', 'Denver', 1, 2], ['XIII', 'denver', 1, 2]])]));
    expect(result.problems.map((p) => [p.code, p.cell, p.message])).toEqual([
      ['duplicate-row', 'Sheet1!A3', 'this row repeats edition XIII, FBI Denver, already given on row 2; keep one row per edition and office (values are never added up or overwritten)'],
    ]);
  });

  it('decodes Excel\'s _xHHHH_ escapes, so a control character in a name is caught', () => {
    expect(cellsOf(workbook([sheet([HEADER, ['XIII', 'Den_x0007_ver', 1, 2]])]))).toEqual([['cell-text', 'Sheet1!B2']]);
  });

  it.each([
    ['text named .xlsx', strToU8('edition,office\n'), 'not-text', 'this file is named .xlsx but holds text; if it is CSV or JSON, give it that extension'],
    ['an old .xls named .xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'not-text', 'this is an Excel 97–2003 workbook (.xls) named .xlsx; save it as an Excel Workbook (.xlsx)'],
    ['a ZIP without a workbook', zipSync({ 'a.txt': strToU8('hello') }), 'xlsx-invalid', 'this file is a ZIP archive but not an Excel workbook (it has no workbook part); save the results as .xlsx, .csv or .json'],
    ['a damaged ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'xlsx-invalid', 'this file is not a readable .xlsx workbook (its ZIP structure is damaged); open it in Excel and save it again as .xlsx'],
  ])('refuses %s', (_, bytes, code, message) => {
    expect(rejected(bytes).problems.map((p) => [p.code, p.message])).toEqual([[code, message]]);
  });

  it('refuses a sheet that is not well-formed XML, or that declares a DOCTYPE', () => {
    const good = workbook([sheet([HEADER, ['XIII', 'Denver', 1, 2]])]);
    const replaceSheet = (xml: string) => {
      const parts = zipSync({
        ...Object.fromEntries(Object.entries(unzipSync(good)).filter(([name]) => name !== 'xl/worksheets/sheet1.xml')),
        'xl/worksheets/sheet1.xml': strToU8(xml),
      });
      return rejected(parts).problems.map((p) => [p.code, p.message.replace(/\(.*\)/, '(…)')]);
    };
    expect(replaceSheet('<worksheet><sheetData><row></sheetData></worksheet>')).toEqual([
      ['xlsx-invalid', "the workbook's sheet is not well-formed XML (…); save the file again from Excel"],
    ]);
    expect(replaceSheet('<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>')).toEqual([
      ['xlsx-invalid', "the workbook's sheet declares a DOCTYPE, which no spreadsheet part has; save the file again from Excel"],
    ]);
  });

  it('refuses a part that would unpack beyond the cap, before inflating it (a ZIP bomb)', () => {
    const bytes = workbook([sheet([HEADER, ['XIII', 'Denver', 1, 2]])]);
    // Declare 200 MiB as the sheet's unpacked size in the ZIP's central directory.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = bytes.length - 22;
    let entry = view.getUint32(end + 16, true);
    for (let i = 0; i < view.getUint16(end + 10, true); i += 1) {
      const nameLength = view.getUint16(entry + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(entry + 46, entry + 46 + nameLength));
      if (name === 'xl/worksheets/sheet1.xml') view.setUint32(entry + 24, 200 * 1024 * 1024, true);
      entry += 46 + nameLength + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    }
    expect(rejected(bytes).problems.map((p) => [p.code, p.message])).toEqual([
      ['xlsx-too-large', "the workbook's xl/worksheets/sheet1.xml unpacks to 200 MiB, more than the 100 MiB read; a results table is far smaller, so save only the results sheet"],
    ]);
  });

  it('refuses an empty sheet', () => {
    expect(rejected(workbook([sheet([])])).problems.map((p) => p.code)).toEqual(['file-empty']);
  });
});
