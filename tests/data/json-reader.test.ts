// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readJson } from '../../src/data/json-reader';
import type { ValidationIssue } from '../../src/data/types';

const FILE = 'data.json';

function issuesOf(text: string, options?: Parameters<typeof readJson>[2]): ValidationIssue[] {
  const result = readJson(text, FILE, options);
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.value)}`);
  return result.issues;
}

const issue = (line: number | null, column: string | null, message: string): ValidationIssue => ({ file: FILE, line, column, message });

describe('readJson: values', () => {
  it('reads every kind of JSON value', () => {
    const result = readJson('{"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null], "b": {}}', FILE);
    expect(result.ok && JSON.stringify(result.value)).toBe('{"a":[1,-2500,"x\\né",true,false,null],"b":{}}');
  });

  it('builds objects without a prototype, so no key can reach Object.prototype', () => {
    const result = readJson('{"a": {"b": 1}}', FILE);
    if (!result.ok) throw new Error('expected JSON');
    const value = result.value as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.getPrototypeOf(value.a)).toBeNull();
  });

  it('drops a leading BOM', () => {
    expect(readJson('\uFEFF[1]', FILE)).toMatchObject({ ok: true, value: [1] });
  });

  it('locates a value by its path, or the nearest value that exists', () => {
    const text = '{\n  "id": "x",\n  "resources": [\n    {"name": "a"},\n    {"name": "b"}\n  ]\n}\n';
    const result = readJson(text, FILE);
    if (!result.ok) throw new Error('expected JSON');
    expect(result.locate([])).toEqual({ line: 1, character: 1 });
    expect(result.locate(['id'])).toEqual({ line: 2, character: 3 });
    expect(result.locate(['resources', 1])).toEqual({ line: 5, character: 5 });
    expect(result.locate(['resources', 1, 'name'])).toEqual({ line: 5, character: 6 });
    expect(result.locate(['resources', 1, 'path'])).toEqual({ line: 5, character: 5 });
    expect(result.locate(['missing', 'deeper'])).toEqual({ line: 1, character: 1 });
  });
});

describe('readJson: syntax', () => {
  it.each([
    ['{"a": 1,}', 1, 9, 'a comma before "}" is not allowed; remove the last comma'],
    ['[1, 2,]', 1, 7, 'a comma before "]" is not allowed; remove the last comma'],
    ['{"a": 1 // note\n}', 1, 9, 'comments are not allowed in JSON'],
    ['{"a": /* note */ 1}', 1, 7, 'comments are not allowed in JSON'],
    ["{'a': 1}", 1, 2, 'unexpected character "\'"; keys and text must be in double quotes'],
    ['{"a" 1}', 1, 6, 'expected ":" after the key'],
    ['{"a": 1 "b": 2}', 1, 9, 'expected "," between values'],
    ['{"a": 01}', 1, 8, 'expected "," between values'],
    ['{"a": NaN}', 1, 7, 'unexpected character "N"; keys and text must be in double quotes'],
    ['{"a": "x\ty"}', 1, 7, 'a text value holds a control character; write it as an escape such as \\n or \\t'],
    ['{"a": "\\x"}', 1, 7, 'a text value holds an unknown escape after a backslash'],
    ['{"a": "open', 1, 7, 'a text value is not closed with a double quote'],
    ['[1, 2', 1, 6, 'expected "]" to close the list'],
    ['{"a": 1', 1, 8, 'expected "}" to close the object'],
    ['{} {}', 1, 4, 'unexpected text after the end of the JSON value'],
    ['{"a": }', 1, 7, 'expected a value'],
  ])('reports %j at its line and character', (text, line, character, detail) => {
    expect(issuesOf(text)).toEqual([issue(line, null, `is not valid JSON: ${detail} (line ${line}, character ${character})`)]);
  });

  it('reports an empty file', () => {
    expect(issuesOf(' \n')).toEqual([issue(null, null, 'the file is empty; expected JSON')]);
  });
});

describe('readJson: keys', () => {
  it('reports a duplicate key with both lines', () => {
    const text = '{\n  "id": "x",\n  "kind": "sample",\n  "title": "t",\n  "kind": "published"\n}';
    expect(issuesOf(text)).toEqual([issue(5, 'kind', '"kind" appears twice (lines 3 and 5); keep one')]);
  });

  it('reports a duplicate key on one line with both characters, and inside nested objects', () => {
    expect(issuesOf('{"list": [{"a": 1, "a": 2}]}')).toEqual([issue(1, 'list[0].a', '"a" appears twice (line 1, characters 12 and 20); keep one')]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects the key %s', (key) => {
    const text = `{\n  "a": {\n    "${key}": {"polluted": true}\n  }\n}`;
    expect(issuesOf(text)).toEqual([issue(3, `a.${key}`, `"${key}" cannot be a key (it could change how the file is read); remove it`)]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('escapes invisible characters in a key it quotes back', () => {
    expect(issuesOf('{"a\u202E": 1, "a\u202E": 2}')).toEqual([issue(1, 'a\\u202E', '"a\\u202E" appears twice (line 1, characters 2 and 11); keep one')]);
  });
});

describe('readJson: limits', () => {
  it('stops at a nesting depth beyond the cap, before building anything, even 100,000 levels deep', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(issuesOf(deep)).toEqual([issue(1, null, 'the JSON is nested more than 32 levels deep (line 1, character 33); no file here needs that many')]);
    expect(issuesOf('{"a": [[[1]]]}', { maxDepth: 3 })).toEqual([
      issue(1, null, 'the JSON is nested more than 3 levels deep (line 1, character 9); no file here needs that many'),
    ]);
    expect(readJson('{"a": [[1]]}', FILE, { maxDepth: 3 }).ok).toBe(true);
  });

  it('refuses a file longer than the size cap without reading it', () => {
    expect(issuesOf(`[${'1,'.repeat(60)}1]`, { maxLength: 100 })).toEqual([
      issue(null, null, 'the file is 123 characters long; at most 100 are allowed here'),
    ]);
  });
});

describe('readJson: details for callers with their own codes', () => {
  it('names the kind and character of each issue, in the order of the issues', () => {
    const result = readJson('{"a": 1,\n "a": 2, "__proto__": 3}', FILE);
    expect(!result.ok && result.details).toEqual([
      { kind: 'duplicate-key', character: 2 },
      { kind: 'forbidden-key', character: 10 },
    ]);
    const syntax = readJson('{"a": 1,}', FILE);
    expect(!syntax.ok && syntax.details).toEqual([{ kind: 'syntax', character: 9 }]);
  });

  it('keeps the written form of numbers whose value hides it', () => {
    const result = readJson('{"rows": [{"n": 12.0, "m": 1e3, "k": 12, "big": 12345678901234567890, "neg": -3}]}', FILE);
    if (!result.ok) throw new Error('expected JSON');
    expect(['n', 'm', 'k', 'big', 'neg'].map((key) => result.numberText(['rows', 0, key]))).toEqual([
      '12.0',
      '1e3',
      undefined,
      '12345678901234567890',
      undefined,
    ]);
  });
});
