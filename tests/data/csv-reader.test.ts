// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { csvFieldPosition, parseCsv, readCsv } from '../../src/data/csv';
import type { CsvRecordAt } from '../../src/data/csv';

const recordsOf = (text: string, delimiter?: string): CsvRecordAt[] => {
  const records: CsvRecordAt[] = [];
  readCsv(text, (record) => void records.push(record), delimiter);
  return records;
};

describe('readCsv', () => {
  it('keeps the physical line of each record and the start of each field', () => {
    const text = '\uFEFFa,b\r\n"x\ny",2\n3,"4"\r5,6';
    const records = recordsOf(text);
    expect(records.map(({ line, fields }) => [line, fields])).toEqual([
      [1, ['a', 'b']],
      [2, ['x\ny', '2']],
      [4, ['3', '4']],
      [5, ['5', '6']],
    ]);
    // The field after a quoted field spanning lines 2–3 starts on line 3, character 4 (after `y",`).
    const [, spanning] = records;
    expect(spanning && csvFieldPosition(text, spanning, 1)).toEqual({ line: 3, column: 4 });
    const [, , third] = records;
    expect(third && csvFieldPosition(text, third, 1)).toEqual({ line: 4, column: 3 });
  });

  it('counts a lone CR inside quotes as a line break, as the decoder does', () => {
    expect(recordsOf('"a\rb",1\n2,3').map((record) => record.line)).toEqual([1, 3]);
  });

  it('reads a trailing delimiter as one more empty field', () => {
    expect(recordsOf('a,b,\n1,2,').map((record) => record.fields)).toEqual([
      ['a', 'b', ''],
      ['1', '2', ''],
    ]);
  });

  it('reads another delimiter when asked', () => {
    expect(recordsOf('a;b\n"1;2";3', ';').map((record) => record.fields)).toEqual([
      ['a', 'b'],
      ['1;2', '3'],
    ]);
  });

  it('reports quote problems with their line, column and kind', () => {
    const problems = readCsv('a,b\n1,x"y"z\n"open,2', () => undefined);
    expect(problems.map(({ kind, line, column }) => [kind, line, column])).toEqual([
      ['quote-in-field', 2, 4],
      ['text-after-quote', 2, 7],
      ['unclosed-quote', 3, 1],
    ]);
  });

  it('parseCsv collects the same records', () => {
    expect(parseCsv('a,"b ""c"""\r\n\r\n1,2\r\n')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b "c"'] },
        { line: 3, fields: ['1', '2'] },
      ],
      problems: [],
    });
  });
});
