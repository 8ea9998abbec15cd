/**
 * One measurement of the import validator for scripts/lib/bench-import.mjs, in a process of its own
 * so its peak memory is its own: loads the published package, notes the resident memory, reads the
 * file, validates it (`--repeat N` times for a median) and prints one JSON line.
 *
 *   node --expose-gc --import tsx scripts/lib/bench-import-case.ts <file> [--repeat N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { loadPackageFromFiles } from '../../src/data/load-package';
import { validateImport } from '../../src/import/validate-import';

const PUBLISHED_DIR = fileURLToPath(new URL('../../public/data/published/', import.meta.url));

const [file = '', flag, count] = process.argv.slice(2);
const repeat = flag === '--repeat' ? Number(count) : 1;

const files = Object.fromEntries(readdirSync(PUBLISHED_DIR).map((name) => [name, readFileSync(join(PUBLISHED_DIR, name), 'utf8')]));
const loaded = loadPackageFromFiles(files);
if (!loaded.ok) throw new Error('the published package does not load');

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const baseline = process.memoryUsage().rss;
const bytes = new Uint8Array(readFileSync(file));
const times: number[] = [];
let result = null;
for (let i = 0; i < repeat; i += 1) {
  const start = performance.now();
  result = validateImport(bytes, loaded.dataset, { fileName: basename(file), loadedOn: '2026-12-04' });
  times.push(performance.now() - start);
}
// maxRSS is in kilobytes: the process's peak resident memory, which the validation set.
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({
    file: basename(file),
    size: bytes.length,
    times,
    baseline,
    peak,
    accepted: result?.accepted ?? false,
    rows: result?.rows ?? 0,
    counts: result?.counts ?? null,
  }),
);
