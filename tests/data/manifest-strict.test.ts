/**
 * The manifest and the catalogue through the one JSON reader and strict schemas: duplicate keys,
 * keys that mean something to JavaScript, deep nesting, unknown keys, comments and trailing commas
 * are all rejected, with the line they are on. Each fixture here was accepted (or read without a line)
 * before.
 */
import { describe, expect, it } from 'vitest';
import { parseCatalogue, parseManifest } from '../../src/data/manifest';
import { writeManifest } from '../../src/data/package-write';
import type { ValidationIssue } from '../../src/data/types';
import { fixtureDataset } from './fixture';

const FILE = 'datapackage.json';
const MANIFEST_KEYS = 'id, title, kind, version, asOf, description, resources';

/** The fixture manifest as written (one key per line: `"kind"` is on line 4, resources[0] opens on line 9). */
const manifestText = (): string => writeManifest(fixtureDataset().manifest);

function replaceOnce(text: string, from: string, to: string): string {
  if (text.split(from).length !== 2) throw new Error(`${JSON.stringify(from)} does not occur exactly once`);
  return text.replace(from, to);
}

function manifestIssues(text: string): ValidationIssue[] {
  const result = parseManifest(text);
  if (result.ok) throw new Error('expected the manifest to be rejected');
  return result.issues;
}

describe('parseManifest: keys', () => {
  it('rejects a duplicate key instead of reading the last value', () => {
    const text = replaceOnce(manifestText(), '  "version": "1.0.0",\n', '  "version": "1.0.0",\n  "kind": "published",\n');
    expect(manifestIssues(text)).toEqual([{ file: FILE, line: 6, column: 'kind', message: '"kind" appears twice (lines 4 and 6); keep one' }]);
  });

  it('rejects __proto__ and constructor keys, and pollutes nothing', () => {
    let text = replaceOnce(manifestText(), '  "version": "1.0.0",\n', '  "version": "1.0.0",\n  "__proto__": { "kind": "published" },\n');
    text = replaceOnce(text, '"name": "gaps",', '"name": "gaps", "constructor": { "prototype": { "polluted": true } },');
    expect(manifestIssues(text)).toEqual([
      { file: FILE, line: 6, column: '__proto__', message: '"__proto__" cannot be a key (it could change how the file is read); remove it' },
      { file: FILE, line: 17, column: 'resources[1].constructor', message: '"constructor" cannot be a key (it could change how the file is read); remove it' },
      { file: FILE, line: 17, column: 'resources[1].constructor.prototype', message: '"prototype" cannot be a key (it could change how the file is read); remove it' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects an unknown key, naming it and the keys allowed, at its line', () => {
    let text = replaceOnce(manifestText(), '  "asOf": "2024-05-01",\n', '  "asOf": "2024-05-01",\n  "licence": "CC0",\n');
    text = replaceOnce(text, '"name": "gaps",', '"name": "gaps", "encoding": "latin1",');
    expect(manifestIssues(text)).toEqual([
      { file: FILE, line: 7, column: 'licence', message: `unknown key "licence"; the keys are ${MANIFEST_KEYS}` },
      { file: FILE, line: 17, column: 'resources[1].encoding', message: 'unknown key "encoding"; the keys are name, path, format, mediatype' },
    ]);
  });

  it('gives every schema problem the line of its key, or of the object that lacks it', () => {
    let text = replaceOnce(manifestText(), '"kind": "sample"', '"kind": "final"');
    text = replaceOnce(text, '  "asOf": "2024-05-01",\n', '');
    text = replaceOnce(text, '"path": "offices.csv"', '"path": "../offices.csv"');
    expect(manifestIssues(text)).toEqual([
      { file: FILE, line: 1, column: 'asOf', message: 'is missing; expected text' },
      { file: FILE, line: 4, column: 'kind', message: '"final" is not allowed; expected one of "published", "sample", "imported"' },
      { file: FILE, line: 22, column: 'resources[2].path', message: 'must be a relative path ending in .csv, such as "observations.csv"' },
    ]);
  });

  it('checks the title and description like CSV text', () => {
    let text = replaceOnce(manifestText(), 'Loader test fixture', 'Loader \\u202Etest fixture');
    text = replaceOnce(text, 'Made-up figures for the loader tests.', 'Made-up\\u0000 figures');
    expect(manifestIssues(text)).toEqual([
      { file: FILE, line: 3, column: 'title', message: 'contains U+202E RIGHT-TO-LEFT OVERRIDE at character 8; remove it (invisible characters that hide or reorder text are not allowed)' },
      { file: FILE, line: 7, column: 'description', message: 'contains U+0000 NULL at character 8; remove it (control characters are not allowed)' },
    ]);
  });
});

describe('parseManifest: syntax and limits', () => {
  it('rejects comments and trailing commas', () => {
    const commented = replaceOnce(manifestText(), '  "kind": "sample",\n', '  // published soon\n  "kind": "sample",\n');
    expect(manifestIssues(commented)).toEqual([
      { file: FILE, line: 4, column: null, message: 'is not valid JSON: comments are not allowed in JSON (line 4, character 3)' },
    ]);
    const trailing = replaceOnce(manifestText(), '"mediatype": "text/csv"\n    }\n  ]', '"mediatype": "text/csv"\n    },\n  ]');
    expect(manifestIssues(trailing)).toEqual([
      { file: FILE, line: 51, column: null, message: 'is not valid JSON: a comma before "]" is not allowed; remove the last comma (line 51, character 3)' },
    ]);
  });

  it('stops at deep nesting before parsing, so nothing can overflow the stack', () => {
    const deep = `${'['.repeat(40_000)}${']'.repeat(40_000)}`;
    const text = replaceOnce(manifestText(), '"Made-up figures for the loader tests."', deep);
    expect(manifestIssues(text)).toEqual([
      { file: FILE, line: 7, column: null, message: 'the JSON is nested more than 32 levels deep (line 7, character 49); no file here needs that many' },
    ]);
  });

  it('refuses a manifest longer than 100,000 characters', () => {
    const text = replaceOnce(manifestText(), 'Made-up figures for the loader tests.', 'x'.repeat(100_000));
    expect(manifestIssues(text)).toEqual([
      { file: FILE, line: null, column: null, message: 'the file is 101,015 characters long; at most 100,000 are allowed here' },
    ]);
  });

  it('returns plain objects holding only the schema keys', () => {
    const result = parseManifest(manifestText());
    if (!result.ok) throw new Error('expected the manifest to load');
    expect(Object.getPrototypeOf(result.manifest)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.manifest.resources[0])).toBe(Object.prototype);
    expect(Object.keys(result.manifest)).toEqual(['id', 'title', 'kind', 'version', 'asOf', 'description', 'resources']);
  });
});

describe('parseCatalogue: strict', () => {
  it('rejects a duplicate key and an unknown key', () => {
    const text = [
      '{',
      '  "datasets": [',
      '    { "id": "published", "title": "Published", "kind": "published", "kind": "sample", "path": "published/datapackage.json" },',
      '    { "id": "sample", "title": "Sample", "kind": "sample", "path": "sample/datapackage.json", "url": "https://evil.example/" }',
      '  ]',
      '}',
    ].join('\n');
    const result = parseCatalogue(text);
    expect(result).toEqual({
      ok: false,
      issues: [{ file: 'catalogue.json', line: 3, column: 'datasets[0].kind', message: '"kind" appears twice (line 3, characters 48 and 69); keep one' }],
    });
    const unknown = parseCatalogue(text.replace(', "kind": "sample", "path": "published', ', "path": "published'));
    expect(unknown).toEqual({
      ok: false,
      issues: [{ file: 'catalogue.json', line: 4, column: 'datasets[1].url', message: 'unknown key "url"; the keys are id, title, kind, path' }],
    });
  });
});
