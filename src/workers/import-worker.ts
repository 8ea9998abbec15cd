/**
 * The import worker (docs/DESIGN.md §11): reads an analyst's file and runs the one validator off the
 * page's thread, so a 50 MB file never blocks the page. Started by run-import.ts as a module worker
 * from this origin (the CSP's `worker-src 'self'`); it evaluates nothing and requests nothing.
 * Cancelling terminates it: the validator runs in one synchronous call, so no message could stop it.
 */
import { fingerprint, localDatasetId } from '../import/dataset-id';
import { rejectBySize, validateImport } from '../import/validate-import';
import type { ImportJob, ImportReply } from './import-protocol';

/** The part of the worker's global scope used here (the DOM library types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportJob>) => void) | null;
  postMessage: (reply: ImportReply) => void;
}
const scope = self as unknown as WorkerScope;

/** Progress is posted at most this often: more would only make the page re-render for nothing. */
const PROGRESS_MS = 50;

/** The file's bytes, read in chunks so the page can show how much is read. */
async function readFile(file: File, onRead: (read: number) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew while it was read is refused by size below rather than overrun.
    if (read + value.length > bytes.length) throw new Error('the file changed while it was read; save it and load it again');
    bytes.set(value, read);
    read += value.length;
    onRead(read);
  }
  return read === bytes.length ? bytes : bytes.subarray(0, read);
}

async function run(job: ImportJob): Promise<ImportReply> {
  const { file, published, loadedOn, columnMapping } = job;
  const tooLarge = rejectBySize(file.name, file.size);
  if (tooLarge !== null) return { kind: 'result', result: tooLarge };
  let last = 0;
  const every = (reply: ImportReply): void => {
    const now = performance.now();
    if (now - last < PROGRESS_MS) return;
    last = now;
    scope.postMessage(reply);
  };
  const bytes = await readFile(file, (read) => every({ kind: 'reading', read, total: file.size }));
  scope.postMessage({ kind: 'reading', read: bytes.length, total: file.size });
  const result = validateImport(bytes, published, {
    fileName: file.name,
    loadedOn,
    columnMapping,
    onProgress: ({ fraction }) => every({ kind: 'checking', fraction }),
  });
  if (result.dataset === null) return { kind: 'result', result };
  // Named after the file and what was read from it: the same file and mapping keep one id.
  const id = localDatasetId(file.name, fingerprint(bytes, JSON.stringify(columnMapping)));
  return { kind: 'result', result: { ...result, dataset: { ...result.dataset, manifest: { ...result.dataset.manifest, id } } } };
}

scope.onmessage = (event) => {
  run(event.data).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
