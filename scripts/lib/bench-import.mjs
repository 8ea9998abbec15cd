#!/usr/bin/env node
/**
 * The import validator's numbers (issue 12), in Node: the time to validate a valid 728-row file
 * (13 editions × 56 offices, every metric) as CSV, Excel and JSON; a valid 10 MB CSV (the same rows
 * with a long notes column, which is ignored); a 50 MB CSV full of errors; and the peak memory of each
 * against its file size. Budgets: 728 rows ≤ 50 ms, 50 MB ≤ 5 s, memory ≤ 10× the file size.
 *
 *   npm run bench:import            prints the table, writes .bench/import-last-run.json
 *
 * Each file is measured in a child process of its own (bench-import-case.ts), so a peak is that
 * file's. `measureImport()` returns the rows ({ measure, value, budget, ok }) for scripts/bench.mjs.
 * Like the page bench, it reports and never fails on a budget.
 */
import console from 'node:console';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import writeXlsxFile from 'write-excel-file/universal';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PUBLISHED = join(ROOT, 'public/data/published');
const CASE = join(ROOT, 'scripts/lib/bench-import-case.ts');
const MB = 1_000_000;
/** Runs of the small files after one cold run: the median is reported beside the first. */
const REPEAT = 21;

export const IMPORT_BUDGET = Object.freeze({ rows728Ms: 50, errors50MbMs: 5000, memoryPerByte: 10 });

/** The first column of a published table, without its header: the ids. */
const ids = (table) =>
  readFileSync(join(PUBLISHED, `${table}.csv`), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.slice(0, line.indexOf(',')));

/** 13 editions × 56 offices, one column per metric; about one value in eight not reported. */
function validRows() {
  const metrics = ids('metrics');
  const rows = [];
  let n = 0;
  for (const edition of ids('editions')) {
    for (const office of ids('offices')) {
      rows.push([edition, office, ...metrics.map(() => ((n += 1) % 8 === 0 ? null : n % 23))]);
    }
  }
  return { header: ['edition', 'office', ...metrics.map((m) => m.replaceAll('-', '_'))], rows };
}

const csvLine = (cells) => cells.map((cell) => (cell === null ? '' : String(cell))).join(',');

/** The valid 728-row file as CSV text: the page bench loads it through the app (bench-your-data.mjs). */
export function validCsv728() {
  const { header, rows } = validRows();
  return [csvLine(header), ...rows.map(csvLine)].join('\n') + '\n';
}

/** A CSV of about `megabytes` MB in which every row is wrong (an unknown office, non-counts). */
export function errorsCsv(megabytes = 50) {
  const { header } = validRows();
  const bad = `XIII,Gotham,${header.slice(2).map((_, i) => (i % 2 === 0 ? 'x' : '12.5')).join(',')}\n`;
  return csvLine(header) + '\n' + bad.repeat(Math.floor((megabytes * MB - 200) / bad.length));
}

function writeFiles(dir) {
  const { header, rows } = validRows();
  const csv = validCsv728();
  const files = { csv728: join(dir, 'valid-728.csv'), json728: join(dir, 'valid-728.json'), xlsx728: join(dir, 'valid-728.xlsx') };
  writeFileSync(files.csv728, csv);
  const objects = rows.map((row) => Object.fromEntries(header.map((key, i) => [key, row[i] ?? null])));
  writeFileSync(files.json728, JSON.stringify({ rows: objects }));

  // 10 MB: the same rows with a quoted notes column, which the validator ignores.
  const note = `"${'A note about this office, with commas, "" quotes and no figure. '.repeat(Math.ceil((10 * MB) / rows.length / 64))}"`;
  files.csv10 = join(dir, 'valid-10mb.csv');
  writeFileSync(files.csv10, [`${csvLine(header)},notes`, ...rows.map((row) => `${csvLine(row)},${note}`)].join('\n') + '\n');

  // 50 MB full of errors: unknown offices and non-counts in every cell, and duplicate rows.
  files.csv50 = join(dir, 'errors-50mb.csv');
  writeFileSync(files.csv50, errorsCsv(50));
  return { files, header, rows };
}

function measure(file, repeat = 1) {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', CASE, file, '--repeat', String(repeat)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 10 * MB,
  });
  if (child.status !== 0) throw new Error(`bench-import-case failed on ${file}:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function row(measure, value, budget, unit, digits) {
  const withUnit = (text) => (unit === '' ? text : `${text} ${unit}`);
  return {
    measure,
    value: withUnit(value.toFixed(digits)),
    budget: budget === null ? '–' : `≤ ${withUnit(String(budget))}`,
    ok: budget === null ? '–' : value <= budget ? 'yes' : 'NO',
  };
}

/** Peak resident memory the file added, as a multiple of its size. */
const memoryRatio = (run) => (run.peak - run.baseline) / run.size;

export async function measureImport() {
  const dir = mkdtempSync(join(tmpdir(), 'occ-bench-import-'));
  try {
    const { files, header, rows } = writeFiles(dir);
    const blob = await writeXlsxFile([header, ...rows], { sheet: 'results' }).toBlob();
    writeFileSync(files.xlsx728, new Uint8Array(await blob.arrayBuffer()));
    const runs = {
      csv728: measure(files.csv728, REPEAT),
      xlsx728: measure(files.xlsx728, REPEAT),
      json728: measure(files.json728, REPEAT),
      csv10: measure(files.csv10),
      csv50: measure(files.csv50),
    };
    const first = (run) => run.times[0];
    const warm = (run) => median(run.times.slice(1));
    const size = (run) => `${(run.size / MB).toFixed(1)} MB`;
    const rowsOut = [
      row('validate 728 rows, CSV: first run', first(runs.csv728), null, 'ms', 1),
      row(`validate 728 rows, CSV (${(runs.csv728.size / 1000).toFixed(0)} kB): median of ${REPEAT - 1}`, warm(runs.csv728), IMPORT_BUDGET.rows728Ms, 'ms', 1),
      row('validate 728 rows, Excel .xlsx: first run', first(runs.xlsx728), null, 'ms', 1),
      row(`validate 728 rows, Excel .xlsx (${(runs.xlsx728.size / 1000).toFixed(0)} kB): median`, warm(runs.xlsx728), IMPORT_BUDGET.rows728Ms, 'ms', 1),
      row('validate 728 rows, JSON: first run', first(runs.json728), null, 'ms', 1),
      row(`validate 728 rows, JSON (${(runs.json728.size / 1000).toFixed(0)} kB): median`, warm(runs.json728), IMPORT_BUDGET.rows728Ms, 'ms', 1),
      row(`validate a valid ${size(runs.csv10)} CSV (728 rows + notes)`, first(runs.csv10), null, 'ms', 0),
      row(`validate a ${size(runs.csv50)} CSV full of errors (${runs.csv50.counts.error.toLocaleString('en-US')} errors)`, first(runs.csv50), IMPORT_BUDGET.errors50MbMs, 'ms', 0),
      row(`peak memory / file size, ${size(runs.csv10)} CSV`, memoryRatio(runs.csv10), IMPORT_BUDGET.memoryPerByte, '×', 1),
      row(`peak memory / file size, ${size(runs.csv50)} CSV`, memoryRatio(runs.csv50), IMPORT_BUDGET.memoryPerByte, '×', 1),
    ];
    return { rows: rowsOut, raw: runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(rows) {
  const columns = ['measure', 'value', 'budget', 'ok'];
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(columns.map((c) => r[c])));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, raw } = await measureImport();
  console.log(`Import validator in Node ${process.version} (each file in its own process; peak = maxRSS − RSS before reading the file)\n`);
  printTable(rows);
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  writeFileSync(join(ROOT, '.bench/import-last-run.json'), JSON.stringify(raw, null, 2) + '\n');
}
