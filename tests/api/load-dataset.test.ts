// @vitest-environment node
/**
 * The browser loader reads every file as bytes and decodes it strictly, so a file that is not UTF-8
 * is rejected with the byte and line, never shown with replacement characters.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCatalogue, loadDataset } from '../../src/api/load-dataset';
import { DataPackageError } from '../../src/data/validation-error';
import { fixtureFiles } from '../data/fixture';

const BASE = 'https://data.example/data/';
const ENTRY = { id: 'test-fixture', title: 'Loader test fixture', kind: 'sample', path: 'test-fixture/datapackage.json' } as const;

/** Serves files (path under the package folder → bytes) to fetch, as a static host would. */
function serve(files: Record<string, Uint8Array>): void {
  vi.stubGlobal('fetch', (input: string | URL) => {
    const path = new URL(String(input)).pathname.replace('/data/test-fixture/', '').replace('/data/', '');
    const body = files[path];
    return Promise.resolve(body === undefined ? new Response('Not found', { status: 404 }) : new Response(new Blob([new Uint8Array(body)])));
  });
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function fixtureBytes(): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(fixtureFiles()).map(([name, text]) => [name, utf8(text)]));
}

/** Windows-1252 bytes: every character below U+0100 as one byte, as a Latin-1 editor saves it. */
const latin1 = (text: string): Uint8Array => Uint8Array.from(Array.from(text, (ch) => ch.charCodeAt(0)));

async function rejection(promise: Promise<unknown>): Promise<DataPackageError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DataPackageError)) throw new Error(`expected a DataPackageError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadDataset', () => {
  it('loads a UTF-8 package, with or without a BOM', async () => {
    const files = fixtureBytes();
    files['offices.csv'] = utf8(`\uFEFF${fixtureFiles()['offices.csv'] ?? ''}`);
    serve(files);
    const dataset = await loadDataset(BASE, ENTRY);
    expect(dataset.offices.map((office) => office.name)).toEqual(['FBI Seattle', 'FBI Denver']);
  });

  it('rejects a Windows-1252 table, naming its byte and line, and still checks the other tables', async () => {
    const files = fixtureBytes();
    files['offices.csv'] = latin1((fixtureFiles()['offices.csv'] ?? '').replace('FBI Denver', 'FBI Montréal'));
    files['gaps.csv'] = utf8((fixtureFiles()['gaps.csv'] ?? '').replace('no-operation', 'none'));
    serve(files);
    const error = await rejection(loadDataset(BASE, ENTRY));
    expect(error.issues).toEqual([
      {
        file: 'gaps.csv',
        line: 2,
        column: 'kind',
        message: '"none" is not allowed; expected one of "no-operation", "no-results-published"',
      },
      {
        file: 'offices.csv',
        line: 3,
        column: null,
        message:
          'this file is not UTF-8 at byte 115 (line 3): the byte 0xE9 does not start a valid UTF-8 character (text saved as Windows-1252 or Latin-1 looks like this); save it as UTF-8',
      },
    ]);
  });

  it('says a UTF-16 manifest is UTF-16 before reading any table', async () => {
    const files = fixtureBytes();
    const text = fixtureFiles()['datapackage.json'] ?? '';
    files['datapackage.json'] = Uint8Array.from([0xff, 0xfe, ...Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0])]);
    serve(files);
    const error = await rejection(loadDataset(BASE, ENTRY));
    expect(error.issues).toEqual([{ file: 'datapackage.json', line: null, column: null, message: 'this file is UTF-16; save it as UTF-8' }]);
  });
});

describe('loadCatalogue', () => {
  it('rejects a gzip-compressed catalogue as not a text file', async () => {
    serve({ 'catalogue.json': Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00]) });
    const error = await rejection(loadCatalogue(BASE));
    expect(error.issues).toEqual([
      {
        file: 'catalogue.json',
        line: null,
        column: null,
        message: 'this is not a text file: it is compressed with gzip; decompress it and use the UTF-8 text inside',
      },
    ]);
  });
});
