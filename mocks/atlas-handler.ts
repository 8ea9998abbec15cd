/**
 * The map's outlines for the Node test server: the app fetches src/api/state-outlines.json from its
 * own origin (a Vite asset URL); in the browser Vite serves it, in Node this handler answers with the
 * committed file. Node only (it reads the file system), so it is not part of createHandlers().
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';

// Vitest runs from the project root; under jsdom import.meta.url is not a file URL.
const OUTLINES_FILE = join(process.cwd(), 'src/api/state-outlines.json');
const outlinesText = readFileSync(OUTLINES_FILE, 'utf8');

export const atlasHandler = http.get(
  '*/state-outlines.json',
  () => new HttpResponse(outlinesText, { headers: { 'Content-Type': 'application/json' } }),
);

export const atlasMissingHandler = http.get('*/state-outlines.json', () => new HttpResponse('Not found', { status: 404 }));
