// @vitest-environment node
/**
 * `npm run validate` as a user runs it: the script spawned with tsx, its output and exit code
 * (0 accepted, 1 rejected, 2 usage error), `--json` and `--out`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPackageFromFiles } from '../../src/data/load-package';
import { sheet, workbook } from '../import/support';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'occ-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/validate.ts'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

const GOOD = 'edition,office,minor_victims,traffickers\nXIII,Denver,18,n/a\nXIII,FBI San Juan,0,2\n';
const BAD = 'edition,office,minor_victims,traffickers\nXIII,Denver,12.5,2\nXIII,Denver,1,2\n';

describe('npm run validate', () => {
  it('accepts a good file: notices as file:line:character lines, a summary, exit 0', () => {
    const { code, stdout } = run(file('good.csv', GOOD));
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      'good.csv:2:16: notice: column "traffickers": "n/a" is read as not reported (never 0) in 1 cell',
      'good.csv: accepted: 2 rows; 0 errors, 0 warnings, 1 notice',
    ]);
  }, 60_000);

  it('rejects a bad file: every problem, a summary, exit 1', () => {
    const { code, stdout } = run(file('bad.csv', BAD));
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toEqual([
      'bad.csv:2:13: error: column "minor_victims": "12.5" is not a whole number; a count has no decimals and is never rounded here',
      'bad.csv:3:1: error: this row repeats edition XIII, FBI Denver, already given on line 2; keep one row per edition and office (values are never added up or overwritten)',
      'bad.csv: rejected: 2 rows; 2 errors, 0 warnings, 0 notices',
    ]);
  }, 60_000);

  it('prints one JSON object with --json; observations only when accepted', () => {
    const bad = run(file('bad.csv', BAD), '--json');
    expect(bad.code).toBe(1);
    const rejected = JSON.parse(bad.stdout) as Record<string, unknown>;
    expect(rejected).toEqual({
      file: 'bad.csv',
      format: 'csv',
      accepted: false,
      rows: 2,
      omitted: 0,
      problems: [
        {
          severity: 'error',
          code: 'not-a-count',
          line: 2,
          column: 'minor_victims',
          character: 13,
          path: null,
          cell: null,
          value: '12.5',
          message: '"12.5" is not a whole number; a count has no decimals and is never rounded here',
        },
        expect.objectContaining({ code: 'duplicate-row', line: 3 }),
      ],
    });
    const good = run(file('good.xlsx', workbook([sheet([['year', 'office', 'minor_victims'], [2014, 'Denver', 18], [2014, 'Boston', null]])])), '--json');
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({
      format: 'xlsx',
      accepted: true,
      problems: [],
      observations: [
        { edition: 'VIII', office: 'denver', metric: 'minor-victims', value: 18 },
        { edition: 'VIII', office: 'boston', metric: 'minor-victims', value: null },
      ],
    });
  }, 60_000);

  it('writes the accepted file as a data package with --out, and nothing for a rejected one', () => {
    const out = join(dir, 'package');
    const { code, stdout } = run(file('Denver Results.csv', GOOD), '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain(`wrote the data package to ${out}`);
    const files = Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name), 'utf8')]));
    const loaded = loadPackageFromFiles(files);
    expect(loaded.ok && [loaded.dataset.manifest.id, loaded.dataset.manifest.kind]).toEqual(['denver-results', 'imported']);
    const rejected = run(file('bad.csv', BAD), '--out', join(dir, 'nothing'));
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain('nothing written to');
    expect(readdirSync(dir)).not.toContain('nothing');
  }, 60_000);

  it('refuses a file over the size cap from its size alone', () => {
    const name = file('huge.csv', '');
    truncateSync(join(dir, name), 60 * 1024 * 1024);
    const { code, stdout } = run(name);
    expect(code).toBe(1);
    expect(stdout).toContain('huge.csv: error: the file is 60.0 MiB; files up to 50 MiB are read');
  }, 60_000);

  it.each([
    ['no file', []],
    ['an unknown option', ['good.csv', '--fix']],
    ['two files', ['good.csv', 'bad.csv']],
    ['--out without a folder', ['good.csv', '--out']],
    ['a missing file', ['missing.csv']],
  ])('exits 2 on a usage error: %s', (_, args) => {
    file('good.csv', GOOD);
    file('bad.csv', BAD);
    const { code, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run validate -- <file.csv|file.xlsx|file.json> [--json] [--out <dir>]');
  }, 60_000);
});
