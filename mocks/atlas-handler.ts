/**
 * The map's outlines for the Node test server: the app fetches the us-atlas file from its own origin
 * (a Vite asset URL); in the browser Vite serves it, in Node this handler answers with the real file
 * from node_modules. Node only (it reads the file system), so it is not part of createHandlers().
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';

// Vitest runs from the project root; under jsdom import.meta.url is not a file URL.
const ATLAS_FILE = join(process.cwd(), 'node_modules/us-atlas/states-10m.json');
const atlasText = readFileSync(ATLAS_FILE, 'utf8');

export const atlasHandler = http.get(
  '*/states-10m.json',
  () => new HttpResponse(atlasText, { headers: { 'Content-Type': 'application/json' } }),
);

export const atlasMissingHandler = http.get('*/states-10m.json', () => new HttpResponse('Not found', { status: 404 }));
