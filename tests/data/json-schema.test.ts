/**
 * The strict schemas of the manifest and the catalogue (src/data/json-schema.ts): every problem kept
 * with its path, missing and wrong values told apart, unknown keys one issue each, and a list's
 * checks of the whole skipped when an item is fatally wrong.
 */
import { describe, expect, it } from 'vitest';
import { listOf, oneOf, strictObject, text } from '../../src/data/json-schema';
import type { Schema, SchemaIssue } from '../../src/data/json-schema';

function issuesOf<T>(schema: Schema<T>, value: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  schema.check(value, [], issues);
  return issues;
}

const short = (value: string) => (value.length <= 3 ? null : 'is longer than 3 characters');
const lower = (value: string) => (value === value.toLowerCase() ? null : 'must be lower case');

describe('text and oneOf', () => {
  it('tells a missing value from a wrong one, and runs every check of the text', () => {
    expect(issuesOf(text(short, lower), undefined)).toEqual([{ path: [], message: 'is missing; expected text', fatal: true }]);
    expect(issuesOf(text(short, lower), 12)).toEqual([{ path: [], message: 'must be text', fatal: true }]);
    expect(issuesOf(text(short, lower), null)).toEqual([{ path: [], message: 'must be text', fatal: true }]);
    expect(issuesOf(text(short, lower), 'ABCD')).toEqual([
      { path: [], message: 'is longer than 3 characters', fatal: false },
      { path: [], message: 'must be lower case', fatal: false },
    ]);
    expect(issuesOf(text(short, lower), 'abc')).toEqual([]);
  });

  it('names the allowed values', () => {
    const kind = oneOf(['published', 'sample']);
    expect(issuesOf(kind, 'sample')).toEqual([]);
    expect(issuesOf(kind, 'final')).toEqual([{ path: [], message: '"final" is not allowed; expected one of "published", "sample"', fatal: true }]);
    expect(issuesOf(kind, 7)).toEqual([{ path: [], message: '7 is not allowed; expected one of "published", "sample"', fatal: true }]);
    expect(issuesOf(kind, undefined)).toEqual([{ path: [], message: 'is missing; expected one of "published", "sample"', fatal: true }]);
  });
});

describe('strictObject', () => {
  const entry = strictObject({ id: text(lower), kind: oneOf(['csv']) });

  it('checks every key in the shape’s order, then reports each unknown key at its own path', () => {
    expect(issuesOf(entry, { kind: 'tsv', id: 'ABC', url: 'x', extra: 1 })).toEqual([
      { path: ['id'], message: 'must be lower case', fatal: false },
      { path: ['kind'], message: '"tsv" is not allowed; expected one of "csv"', fatal: true },
      { path: ['url'], message: 'unknown key "url"; the keys are id, kind', fatal: true },
      { path: ['extra'], message: 'unknown key "extra"; the keys are id, kind', fatal: true },
    ]);
    expect(issuesOf(entry, {})).toEqual([
      { path: ['id'], message: 'is missing; expected text', fatal: true },
      { path: ['kind'], message: 'is missing; expected one of "csv"', fatal: true },
    ]);
  });

  it('is not a list, null or text', () => {
    for (const value of [[], null, 'x', undefined]) {
      expect(issuesOf(entry, value)).toEqual([{ path: [], message: value === undefined ? 'is missing; expected an object' : 'must be an object', fatal: true }]);
    }
  });

  it('reads only own keys: an inherited key is missing', () => {
    const inherited = Object.create({ id: 'abc', kind: 'csv' }) as object;
    expect(issuesOf(entry, inherited).map((issue) => issue.message)).toEqual(['is missing; expected text', 'is missing; expected one of "csv"']);
  });
});

describe('listOf', () => {
  const names = listOf(strictObject({ name: oneOf(['a', 'b', 'c']), note: text(lower) }), (items, report) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.name)) report([index, 'name'], `"${item.name}" is listed more than once`);
      seen.add(item.name);
    });
    if (!seen.has('c')) report([], 'has no "c"');
  });

  it('checks each item at its index, then the whole list', () => {
    expect(issuesOf(names, [{ name: 'a', note: 'x' }, { name: 'a', note: 'y' }])).toEqual([
      { path: [1, 'name'], message: '"a" is listed more than once', fatal: false },
      { path: [], message: 'has no "c"', fatal: false },
    ]);
    expect(issuesOf(names, [{ name: 'c', note: 'x' }])).toEqual([]);
  });

  it('still checks the whole when an item’s problem is not fatal', () => {
    expect(issuesOf(names, [{ name: 'a', note: 'X' }])).toEqual([
      { path: [0, 'note'], message: 'must be lower case', fatal: false },
      { path: [], message: 'has no "c"', fatal: false },
    ]);
  });

  it('skips the checks of the whole when an item is fatally wrong: a misspelt name is not also a missing one', () => {
    expect(issuesOf(names, [{ name: 'a', note: 'x' }, { name: 'cc', note: 'x' }])).toEqual([
      { path: [1, 'name'], message: '"cc" is not allowed; expected one of "a", "b", "c"', fatal: true },
    ]);
    expect(issuesOf(names, { name: 'a' })).toEqual([{ path: [], message: 'must be a list', fatal: true }]);
    expect(issuesOf(names, undefined)).toEqual([{ path: [], message: 'is missing; expected a list', fatal: true }]);
  });
});
