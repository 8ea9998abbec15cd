// @vitest-environment node
/**
 * JSON files: `{"rows": [...]}` read by the one JSON reader, typed (a count is a JSON integer or
 * null), every problem named by its JSON path and line:character.
 */
import { describe, expect, it } from 'vitest';
import { at, codesOf, errorsOf, problemOf, utf16le, validate, valuesOf } from './support';

const rejected = (text: string) => {
  const result = validate(text, 'results.json');
  expect(result.accepted).toBe(false);
  expect(result.values).toEqual([]);
  expect(result.dataset).toBeNull();
  return result;
};

describe('JSON: accepted files', () => {
  it('reads rows of typed values; null is not reported, 0 is zero', () => {
    const text = `{"rows": [
  {"year": 2014, "office": "Denver", "minor_victims": 18, "traffickers": null},
  {"edition": "OCC XIII", "office": "San Juan", "minor_victims": 0, "traffickers": 3}
]}`;
    const result = validate(text, 'results.json');
    expect(result.accepted).toBe(true);
    expect(result.format).toBe('json');
    expect(valuesOf(result)).toEqual([
      'VIII/denver/minor-victims=18',
      'VIII/denver/traffickers=null',
      'XIII/san-juan/minor-victims=0',
      'XIII/san-juan/traffickers=3',
    ]);
    expect(codesOf(result)).toEqual([]);
  });

  it('reads a missing key as not reported, with a notice, and ignores other top-level keys with one', () => {
    const text = '{"title": "Denver",\n "rows": [{"year": 2014, "office": "Denver", "minor_victims": 18},\n {"year": 2015, "office": "Denver", "traffickers": 2}]}';
    const result = validate(text, 'results.json');
    expect(result.accepted).toBe(true);
    expect(valuesOf(result)).toEqual([
      'VIII/denver/minor-victims=18',
      'VIII/denver/traffickers=null',
      'IX/denver/minor-victims=null',
      'IX/denver/traffickers=2',
    ]);
    expect(result.problems.map((p) => [p.code, p.path, p.message])).toEqual([
      ['json-shape', 'title', 'the key "title" is ignored; only "rows" is read'],
      ['not-reported-token', 'rows[0].traffickers', '1 row without the key "traffickers" is read as not reported'],
      ['not-reported-token', 'rows[1].minor_victims', '1 row without the key "minor_victims" is read as not reported'],
    ]);
  });
});

describe('JSON: rejected files', () => {
  it.each([
    ['12.0', '12.0 is not written as a whole number; a count is a JSON integer: write 12'],
    ['1e3', '1e3 is not written as a whole number; a count is a JSON integer: write 1000'],
    ['12.5', '12.5 is not a whole number; a count has no decimals and is never rounded here: type the whole number'],
    ['-3', '-3 is negative; a count cannot be below 0'],
    ['12345678901234567890', '12345678901234567890 is above 9,999,999, the largest count allowed; check the value (a count this large is a typing or export error)'],
    ['"18"', '"18" is text; a count is a JSON integer such as 12, or null: write 18 without quotes'],
    ['"n/a"', '"n/a" is text; a count is a JSON integer such as 12, or null: write null when not reported'],
    ['true', 'true is a true/false value; write a number, text or null'],
    ['[1]', 'a list is not a cell value; write a number, text or null'],
  ])('refuses %s as a count, by path and line:character', (value, message) => {
    const text = `{"rows": [\n  {"year": 2014, "office": "Denver", "minor_victims": ${value}}\n]}`;
    const result = rejected(text);
    expect(result.problems.map((p) => [p.line, p.character, p.path, p.column, p.message])).toEqual([[2, 38, 'rows[0].minor_victims', 'minor_victims', message]]);
  });

  it('names a duplicate key with both lines, and refuses __proto__ keys', () => {
    const text = '{"rows": [{"year": 2014, "office": "Denver",\n "minor_victims": 1,\n "minor_victims": 2, "__proto__": {}}]}';
    const result = rejected(text);
    expect(result.problems.map((p) => [p.code, p.line, p.character, p.path])).toEqual([
      ['json-duplicate-key', 3, 2, 'rows[0].minor_victims'],
      ['json-forbidden-key', 3, 22, 'rows[0].__proto__'],
    ]);
    expect(problemOf(result, 'json-duplicate-key').message).toBe('"minor_victims" appears twice (lines 2 and 3); keep one');
  });

  it('names a syntax error at its line and character', () => {
    const text = '{"rows": [\n  {"year": 2014, "office": "Denver", "minor_victims": 1,}\n]}';
    expect(codesOf(rejected(text))).toEqual([at('json-syntax', text, 2, '}')]);
  });

  it('stops deep nesting before reading', () => {
    const text = `{"rows": ${'['.repeat(20)}${']'.repeat(20)}}`;
    expect(codesOf(rejected(text))).toEqual([['json-too-deep', 1, 17]]);
  });

  it.each([
    ['a list at the top', '[{"year": 2014}]', null],
    ['an object without rows', '{"data": []}', null],
    ['rows that is not a list', '{"rows": {"year": 2014}}', 'rows'],
  ])('refuses the wrong shape: %s', (_, text, path) => {
    const result = rejected(text);
    expect(errorsOf(result)).toEqual([['json-shape', 1, expect.any(Number)]]);
    expect(problemOf(result, 'json-shape').path).toBe(path);
    expect(problemOf(result, 'json-shape').message).toMatch(/; write it as an object with a "rows" list, such as \{"rows": \[\{"year": 2014, "office": "Denver", "minor_victims": 18\}\]\}$/);
  });

  it('refuses a row that is not an object, and duplicate rows naming both paths', () => {
    const text = '{"rows": [\n {"year": 2014, "office": "Denver", "minor_victims": 1},\n 7,\n {"year": 2014, "office": "FBI Denver", "minor_victims": 1}\n]}';
    const result = rejected(text);
    expect(result.problems.map((p) => [p.code, p.line, p.path])).toEqual([
      ['json-shape', 3, 'rows[1]'],
      ['duplicate-row', 4, 'rows[2]'],
    ]);
    expect(problemOf(result, 'duplicate-row').message).toBe(
      'this row repeats edition VIII, FBI Denver, already given on rows[0] (line 2); keep one row per edition and office (values are never added up or overwritten)',
    );
  });

  it('refuses UTF-16 JSON and an empty file', () => {
    const result = validate(utf16le('{"rows": []}'), 'results.json');
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([['utf-16', 'this file is saved as UTF-16 ("Unicode text"), not UTF-8; save it as UTF-8 JSON']]);
    expect(codesOf(rejected('  \n'))).toEqual([['file-empty', null, null]]);
    expect(codesOf(rejected('{"rows": []}'))).toEqual([['no-rows', 1, 2]]);
  });
});
