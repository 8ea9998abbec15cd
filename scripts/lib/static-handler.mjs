/**
 * The request handler behind scripts/serve.mjs: a static host for the production build that behaves
 * like the plain static hosts the app must run on (docs/DESIGN.md §2), plus the security headers (§7).
 *
 * Rules, in order:
 *   - only GET and HEAD (a static host has no server logic);
 *   - the URL path is decoded and resolved inside the root; anything that would leave it, or names a
 *     dot-file, is a 404 (never a hint about what exists outside);
 *   - an existing file is sent with its content type; a directory with an index.html sends that;
 *   - a missing path WITH a file extension is a 404 (a missing asset or data file must fail loudly,
 *     not come back as HTML that a JSON parser then chokes on);
 *   - any other missing path is a client-side route: index.html (SPA fallback).
 * Every response, errors included, carries SECURITY_HEADERS.
 */
import console from 'node:console';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { SECURITY_HEADERS } from './csp.mjs';

const gzip = promisify(gzipCallback);

export const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
});

/** Already-compressed formats (png, woff2, …) gain nothing from gzip; text formats shrink 3–10×. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.csv', '.txt', '.svg', '.ico']);

/** Vite writes content-hashed names under /assets/, so those bytes never change for that URL. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, /data/…) may change between deploys: revalidate every time. */
const REVALIDATE = 'no-cache';

/** True when the Accept-Encoding header accepts gzip (and does not refuse it with q=0). */
export function acceptsGzip(acceptEncoding = '') {
  return acceptEncoding.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * The file a URL path names inside root, or null when the path is malformed or would escape it.
 * `decodeURIComponent` runs first so `%2e%2e%2f` cannot slip past the containment check.
 */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments = decoded.split(/[/\\]+/).filter(Boolean);
  if (segments.some((s) => s.startsWith('.'))) return null;
  const file = resolve(root, ...segments);
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function statOrNull(path) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** Finds what to send for a path: { file, stats } or { status: 404 }. */
async function locate(root, urlPath) {
  const file = resolveInside(root, urlPath);
  if (file === null) return { status: 404 };
  const stats = await statOrNull(file);
  if (stats?.isFile()) return { file, stats };
  if (stats?.isDirectory()) {
    const index = join(file, 'index.html');
    const indexStats = await statOrNull(index);
    if (indexStats?.isFile()) return { file: index, stats: indexStats };
  }
  if (extname(file) !== '') return { status: 404 };
  const fallback = join(root, 'index.html');
  const fallbackStats = await statOrNull(fallback);
  return fallbackStats?.isFile() ? { file: fallback, stats: fallbackStats } : { status: 404 };
}

/**
 * Bodies (raw and gzipped) cached by path, size and mtime: the build is small, and compressing once
 * keeps repeated benchmark loads from measuring the server's zlib instead of the page.
 */
function createBodyCache() {
  const cache = new Map();
  return async function body(file, stats, wantGzip) {
    const key = `${file}\0${stats.size}\0${stats.mtimeMs}`;
    let entry = cache.get(file);
    if (entry?.key !== key) {
      const raw = await readFile(file);
      entry = { key, raw, gzipped: null, etag: `"${createHash('sha1').update(raw).digest('base64url')}"` };
      cache.set(file, entry);
    }
    if (wantGzip && entry.gzipped === null) entry.gzipped = await gzip(entry.raw);
    // Each encoding is its own representation, so it gets its own validator.
    return wantGzip ? { bytes: entry.gzipped, etag: entry.etag.replace(/"$/, '-gz"') } : { bytes: entry.raw, etag: entry.etag };
  };
}

function sendText(res, status, text, extraHeaders = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': REVALIDATE,
    ...extraHeaders,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

/** A node:http request listener serving the files under `root`. */
export function createStaticHandler({ root }) {
  const absoluteRoot = resolve(root);
  const body = createBodyCache();

  async function handle(req, res) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    // The raw path, not `new URL(...).pathname`: URL parsing would quietly turn `/%2e%2e/x` into
    // `/x`; taking the path as sent lets resolveInside refuse every dot segment outright.
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    const found = await locate(absoluteRoot, pathname);
    if (!('file' in found)) {
      sendText(res, found.status, 'Not Found\n');
      return;
    }
    const ext = extname(found.file).toLowerCase();
    const compressible = COMPRESSIBLE.has(ext);
    const useGzip = compressible && acceptsGzip(req.headers['accept-encoding']);
    const { bytes, etag } = await body(found.file, found.stats, useGzip);
    const headers = {
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': pathname.startsWith('/assets/') && found.file !== join(absoluteRoot, 'index.html') ? IMMUTABLE : REVALIDATE,
      ETag: etag,
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    };
    const ifNoneMatch = req.headers['if-none-match'] ?? '';
    if (ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, {
      ...headers,
      ...(useGzip ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': bytes.length,
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  return (req, res) => {
    handle(req, res).catch((error) => {
      console.error(`serve: ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  };
}
