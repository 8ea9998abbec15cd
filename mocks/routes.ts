/**
 * Turns the data base URL into msw path patterns, and builds the responses every handler shares.
 */
import { HttpResponse } from 'msw';

export const DEFAULT_DATA_BASE_URL = '/data';

/**
 * In the browser an origin-relative base (`/data`) stays relative: msw resolves it against the page,
 * which is where the app's fetches go, and the catch-all handler then cannot swallow Vite's own module
 * requests such as `/src/data/types.ts`. In Node (Vitest, with or without jsdom) it is prefixed with
 * `*` so the handlers match whatever origin a test or jsdom puts in front of it.
 */
export function routeBase(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(base) || base.startsWith('*')) return base;
  const absolutePath = base.startsWith('/') ? base : `/${base}`;
  return runsInNode() ? `*${absolutePath}` : absolutePath;
}

function runsInNode(): boolean {
  // `process` does not exist in the browser bundle; Vite does not polyfill it.
  return typeof process !== 'undefined' && typeof process.versions.node === 'string';
}

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const JSON_TYPE = 'application/json';

/** A package file with the media type its name implies (manifests are JSON, tables CSV). */
export function fileResponse(fileName: string, text: string): Response {
  const type = fileName.endsWith('.json') ? JSON_TYPE : CSV_TYPE;
  return new HttpResponse(text, { status: 200, headers: { 'Content-Type': type } });
}

export function notFound(what: string): Response {
  return new HttpResponse(`Not found: ${what}`, {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
