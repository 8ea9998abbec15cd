// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { quoteField } from '../../src/data/csv';
import { csvCellText, neutraliseFormula, toCsv } from '../../src/export/csv';

/** One cell as the download writes it: made safe, then quoted by the one writer. */
const csvField = (value: Parameters<typeof csvCellText>[0]) => quoteField(csvCellText(value));
import { parseCsv } from '../../src/data/csv';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+12 (+30%)', "'+12 (+30%)"],
    ['-5', "'-5"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['\ncmd', "'\ncmd"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠A1', "'＠A1"],
  ])('prefixes %j with an apostrophe', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it.each(['FBI Denver', '−25 (−30%)', ' =1', "'quoted", '', '59', 'a=b'])('leaves %j alone', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('csvField', () => {
  it('writes numbers as numbers, negative ones included, never neutralised', () => {
    expect(csvField(59)).toBe('59');
    expect(csvField(-25)).toBe('-25');
    expect(csvField(0)).toBe('0');
    expect(csvField(0.5)).toBe('0.5');
  });

  it('writes null and undefined as empty fields, never as 0', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('refuses NaN and Infinity rather than inventing a figure', () => {
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
    expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow('finite number');
  });

  it('quotes commas, quotes and line breaks (RFC 4180), and neutralises before quoting', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(csvField('He said "more than 200"')).toBe('"He said ""more than 200"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('\nleading break')).toBe('"\'\nleading break"');
    expect(csvField('plain')).toBe('plain');
  });
});

describe('toCsv', () => {
  const rows = [
    ['Office', 'Minor victims', 'Change'],
    ['FBI Denver', 22, -3],
    ['FBI "Gotham", NY', null, '=cmd'],
  ];

  it('starts with a BOM, ends every record with CRLF', () => {
    expect(toCsv(rows)).toBe(
      '\uFEFFOffice,Minor victims,Change\r\nFBI Denver,22,-3\r\n"FBI ""Gotham"", NY",,\'=cmd\r\n',
    );
  });

  it('leaves the BOM out on request', () => {
    expect(toCsv([['a', 1]], { bom: false })).toBe('a,1\r\n');
  });

  it('reads back through an RFC 4180 parser field for field', () => {
    const parsed = parseCsv(toCsv([...rows, ['multi\nline, "quoted"', 0, '']]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.records.map((record) => record.fields)).toEqual([
      ['Office', 'Minor victims', 'Change'],
      ['FBI Denver', '22', '-3'],
      ['FBI "Gotham", NY', '', "'=cmd"],
      ['multi\nline, "quoted"', '0', ''],
    ]);
  });
});
