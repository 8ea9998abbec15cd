/**
 * `npm run validate -- <file> [--json] [--out <dir>]`: the analysts' import validator (src/import/)
 * from the command line, against the committed published package.
 *
 * Prints each problem as `file:line:character: severity: message` and a one-line summary, or with
 * `--json` one JSON object; exits 0 when the file is accepted (notices and warnings allowed), 1 when
 * it is rejected, 2 on a usage error. `--out <dir>` writes an accepted file as a data package (manifest
 * + CSVs) the app serves like any other, and prints the catalogue entry that lists it.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPackageFromFiles } from '../src/data/load-package';
import type { Dataset } from '../src/data/types';
import { hostPackage } from '../src/import/data-package';
import { datasetSlug } from '../src/import/dataset-id';
import { problemLine, summaryLine } from '../src/import/format-problem';
import type { ImportResult } from '../src/import/import-types';
import { rejectBySize, validateImport } from '../src/import/validate-import';

const USAGE = 'usage: npm run validate -- <file.csv|file.xlsx|file.json> [--json] [--out <dir>]';
const PUBLISHED_DIR = fileURLToPath(new URL('../public/data/published/', import.meta.url));

interface Args {
  file: string;
  json: boolean;
  out: string | null;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args | 'help' {
  let file: string | null = null;
  let json = false;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--json') json = true;
    else if (arg === '--out') {
      const dir = argv[i + 1];
      if (dir === undefined || dir.startsWith('--')) throw new UsageError('--out needs a folder');
      out = dir;
      i += 1;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (file === null) file = arg;
    else throw new UsageError(`one file at a time (got ${file} and ${arg})`);
  }
  if (file === null) throw new UsageError('no file given');
  return { file, json, out };
}

function publishedDataset(): Dataset {
  const files = Object.fromEntries(readdirSync(PUBLISHED_DIR).map((name) => [name, readFileSync(join(PUBLISHED_DIR, name), 'utf8')]));
  const loaded = loadPackageFromFiles(files);
  if (!loaded.ok) throw new Error(`the published package in ${PUBLISHED_DIR} does not load: ${loaded.issues[0]?.message ?? ''}`);
  return loaded.dataset;
}

function validate(args: Args): ImportResult {
  let size: number;
  try {
    const stat = statSync(args.file);
    if (!stat.isFile()) throw new UsageError(`${args.file} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${args.file}: no such file`);
  }
  // The size cap is checked before reading: a 2 GB file is never loaded.
  const tooLarge = rejectBySize(basename(args.file), size);
  if (tooLarge !== null) return tooLarge;
  const loadedOn = new Date().toLocaleDateString('sv-SE');
  return validateImport(new Uint8Array(readFileSync(args.file)), publishedDataset(), {
    fileName: basename(args.file),
    loadedOn,
    datasetId: datasetSlug(args.file),
  });
}

/** The same package as the browser's "Download as data package", written into `dir` (the folder's name goes in the entry). */
function writeOut(dir: string, dataset: Dataset): string {
  mkdirSync(dir, { recursive: true });
  const built = hostPackage(dataset, basename(dir));
  for (const [name, text] of Object.entries(built.files)) writeFileSync(join(dir, name), text);
  return `wrote the data package to ${dir}; to serve it, put the folder in the data folder (VITE_DATA_URL) and add to catalogue.json: ${JSON.stringify(built.catalogueEntry)}`;
}

function main(): number {
  let args: Args | 'help';
  let result: ImportResult;
  try {
    args = parseArgs(process.argv.slice(2));
    if (args === 'help') {
      console.log(USAGE);
      return 0;
    }
    result = validate(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`validate: ${error.message}\n${USAGE}`);
    return 2;
  }
  const outNote = args.out !== null && result.dataset !== null ? writeOut(args.out, result.dataset) : null;
  if (args.json) {
    const problems = result.problems.map(({ severity, code, line, character, column, path, cell, value, message }) => ({
      severity,
      code,
      line,
      // The shape: `column` is the column as the file names it; `character` the position on the line.
      column,
      character,
      path,
      cell,
      value,
      message,
    }));
    const output = {
      file: args.file,
      format: result.format,
      accepted: result.accepted,
      rows: result.rows,
      problems,
      omitted: result.omitted,
      ...(result.accepted ? { observations: result.values } : {}),
    };
    console.log(JSON.stringify(output, null, 2));
  } else {
    for (const problem of result.problems) console.log(problemLine(args.file, problem));
    console.log(summaryLine(args.file, result));
    if (outNote !== null) console.log(outNote);
    else if (args.out !== null) console.log(`nothing written to ${args.out}: the file was rejected`);
  }
  return result.accepted ? 0 : 1;
}

process.exitCode = main();
