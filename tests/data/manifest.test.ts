import { describe, expect, it } from 'vitest';
import { jsonPath, parseCatalogue, parseManifest } from '../../src/data/manifest';
import { loadPackageFromFiles } from '../../src/data/load-package';
import { writeManifest } from '../../src/data/package-write';
import type { ValidationIssue } from '../../src/data/types';
import { fixtureDataset, fixtureFiles } from './fixture';

function manifestIssues(text: string): ValidationIssue[] {
  const result = parseManifest(text);
  if (result.ok) throw new Error('expected the manifest to be rejected');
  return result.issues;
}

/** The fixture manifest as plain JSON, to be edited and written back. */
function manifestJson(): Record<string, unknown> & { resources: Record<string, unknown>[] } {
  return JSON.parse(writeManifest(fixtureDataset().manifest)) as Record<string, unknown> & { resources: Record<string, unknown>[] };
}

describe('parseManifest', () => {
  it('reads a valid manifest', () => {
    expect(parseManifest(writeManifest(fixtureDataset().manifest))).toEqual({ ok: true, manifest: fixtureDataset().manifest });
  });

  it('reports a JSON syntax error with the line it is on', () => {
    // Line 4 of the written manifest is `"kind": "sample",`; a second comma breaks it there.
    const text = writeManifest(fixtureDataset().manifest).replace('"kind": "sample",', '"kind": "sample",,');
    const issues = manifestIssues(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'datapackage.json', line: 4, column: null });
    expect(issues[0]?.message).toMatch(/^is not valid JSON: .*\(line 4, character 20\)$/);
  });

  it('reports JSON that ends early at its last line', () => {
    const issues = manifestIssues('{\n  "id": "x",\n');
    expect(issues).toEqual([{ file: 'datapackage.json', line: 3, column: null, message: expect.stringContaining('is not valid JSON') as string }]);
  });

  it('names the file it was given', () => {
    expect(manifestIssues('')).toEqual([
      { file: 'datapackage.json', line: null, column: null, message: 'the file is empty; expected JSON' },
    ]);
    const result = parseManifest('[]', 'sample/datapackage.json');
    expect(result).toEqual({
      ok: false,
      issues: [{ file: 'sample/datapackage.json', line: 1, column: null, message: 'the file must be an object' }],
    });
  });

  it('reports a missing resource', () => {
    const json = manifestJson();
    json.resources = json.resources.filter((r) => r.name !== 'sources');
    expect(manifestIssues(JSON.stringify(json))).toEqual([
      {
        file: 'datapackage.json',
        line: 1,
        column: 'resources',
        message: 'has no "sources" resource; every package needs editions, gaps, offices, metrics, wording, observations, sources',
      },
    ]);
  });

  it('reports a resource listed twice', () => {
    const json = manifestJson();
    json.resources[6] = { ...json.resources[5] };
    const issues = manifestIssues(JSON.stringify(json));
    expect(issues.map((i) => [i.column, i.message])).toEqual([
      ['resources[6].name', '"observations" is listed more than once'],
      ['resources', expect.stringContaining('has no "sources" resource') as string],
    ]);
  });

  it('reports every field problem with its JSON path (all on line 1 of this one-line JSON)', () => {
    const json = manifestJson();
    json.kind = 'final';
    delete json.asOf;
    json.version = 'one';
    json.resources[2] = { ...json.resources[2], name: 'office', path: '../offices.csv', format: 'tsv' };
    expect(manifestIssues(JSON.stringify(json))).toEqual([
      { file: 'datapackage.json', line: 1, column: 'kind', message: '"final" is not allowed; expected one of "published", "sample", "imported"' },
      { file: 'datapackage.json', line: 1, column: 'version', message: 'must be a version number such as "1.0.0"' },
      { file: 'datapackage.json', line: 1, column: 'asOf', message: 'is missing; expected text' },
      {
        file: 'datapackage.json',
        line: 1,
        column: 'resources[2].name',
        message: expect.stringContaining('"office" is not allowed; expected one of "editions", "gaps", "offices"') as string,
      },
      { file: 'datapackage.json', line: 1, column: 'resources[2].path', message: 'must be a relative path ending in .csv, such as "observations.csv"' },
      { file: 'datapackage.json', line: 1, column: 'resources[2].format', message: '"tsv" is not allowed; expected one of "csv"' },
    ]);
  });

  it('rejects an as-of date that is not a real date', () => {
    const json = manifestJson();
    json.asOf = '2024-02-30';
    expect(manifestIssues(JSON.stringify(json))).toEqual([
      { file: 'datapackage.json', line: 1, column: 'asOf', message: 'must be a real date in the form YYYY-MM-DD, such as "2024-05-01"' },
    ]);
  });

  it('stops loadPackageFromFiles before any table is read', () => {
    const files = { ...fixtureFiles(), 'datapackage.json': '{' };
    const result = loadPackageFromFiles(files);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.file)).toEqual(['datapackage.json']);
  });

  it('formats JSON paths', () => {
    expect(jsonPath(['resources', 2, 'name'])).toBe('resources[2].name');
    expect(jsonPath([])).toBeNull();
  });
});

describe('parseCatalogue', () => {
  const entry = { id: 'published', title: 'Published figures', kind: 'published', path: 'published/datapackage.json' };

  it('reads a valid catalogue', () => {
    const text = JSON.stringify({ datasets: [entry, { ...entry, id: 'sample', kind: 'sample', path: 'sample/datapackage.json' }] });
    const result = parseCatalogue(text);
    expect(result.ok && result.catalogue.datasets.map((d) => d.id)).toEqual(['published', 'sample']);
  });

  it('rejects duplicate ids, naming the later one', () => {
    const result = parseCatalogue(JSON.stringify({ datasets: [entry, entry] }));
    expect(result).toEqual({
      ok: false,
      issues: [{ file: 'catalogue.json', line: 1, column: 'datasets[1].id', message: '"published" is listed more than once; ids must be unique' }],
    });
  });

  it('rejects a path outside the data folder and a missing list', () => {
    const bad = parseCatalogue(JSON.stringify({ datasets: [{ ...entry, path: 'https://evil.example/x.json' }] }));
    expect(bad.ok ? [] : bad.issues.map((i) => i.column)).toEqual(['datasets[0].path']);
    const empty = parseCatalogue('{}');
    expect(empty).toEqual({
      ok: false,
      issues: [{ file: 'catalogue.json', line: 1, column: 'datasets', message: 'is missing; expected a list' }],
    });
  });
});
