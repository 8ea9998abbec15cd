/**
 * What the first view needs: dist/index.html's module scripts and stylesheets, plus every chunk those
 * scripts import statically. The panels' chunks that index.html preloads (issue 11: fetched in
 * parallel, evaluated only when the panels mount) are not part of it. Read from the built files
 * themselves rather than the Vite manifest, so it works whatever `build.manifest` says.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Size after gzip at zlib's default level (6): what scripts/serve.mjs sends and close to what a
 * typical host sends. Vite's build log uses the same unit (1 kB = 1000 bytes).
 */
export function gzipSize(bytes) {
  return gzipSync(bytes).length;
}

/** `src`/`href` of the entry scripts and stylesheets in index.html, and of the chunks it (module)preloads. */
export function entryReferences(html) {
  const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
  const scripts = [];
  const styles = [];
  const preloads = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src !== undefined && /type\s*=\s*["']module["']/i.test(tag)) scripts.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel')?.toLowerCase();
    const href = attr(tag, 'href');
    if (href === undefined) continue;
    const scriptPreload = rel === 'preload' && attr(tag, 'as')?.toLowerCase() === 'script';
    if (rel === 'modulepreload' || scriptPreload) preloads.push(href);
    if (rel === 'stylesheet') styles.push(href);
  }
  return { scripts, styles, preloads };
}

/**
 * Specifiers of static `import … from "x"`, `import "x"` and `export … from "x"` in built (minified)
 * JS. Dynamic `import("x")` does not match (a parenthesis follows `import`), which is the point:
 * lazy chunks are not part of the static graph. Only relative and root paths are kept, the only
 * kind Vite emits between chunks.
 */
export function staticImports(code) {
  const pattern = /(?:\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?|\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)["']([^"']+)["']/g;
  return [...code.matchAll(pattern)]
    .map((match) => match[1] ?? '')
    .filter((specifier) => /^(\.{1,2})?\//.test(specifier));
}

/** A URL path from index.html or a chunk, as a file under dist (null when it points elsewhere). */
function toDistFile(distDir, fromFile, reference) {
  if (/^[a-z][a-z\d+.-]*:/i.test(reference)) return null;
  const path = reference.split(/[?#]/, 1)[0] ?? '';
  const file = path.startsWith('/') ? join(distDir, path) : resolve(dirname(fromFile), path);
  return file.startsWith(resolve(distDir) + sep) ? file : null;
}

/**
 * Files (relative to dist) with raw and gzip sizes: `scripts` = entry scripts and their static
 * imports, transitively; `styles` = stylesheets linked from index.html; `preloaded` = the other chunks
 * index.html preloads (the panels', not needed for the first view).
 */
export function firstViewBundle(distDir) {
  const indexFile = join(distDir, 'index.html');
  const { scripts, styles, preloads } = entryReferences(readFileSync(indexFile, 'utf8'));
  const seen = new Set();
  const queue = scripts.map((ref) => toDistFile(distDir, indexFile, ref)).filter((file) => file !== null);
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      const imported = toDistFile(distDir, file, specifier);
      if (imported !== null && !seen.has(imported)) queue.push(imported);
    }
  }
  const describe = (file) => {
    const bytes = readFileSync(file);
    return { file: relative(distDir, file), bytes: bytes.length, gzip: gzipSize(bytes) };
  };
  return {
    scripts: [...seen].map(describe),
    styles: styles.map((ref) => toDistFile(distDir, indexFile, ref)).filter((file) => file !== null).map(describe),
    preloaded: preloads
      .map((ref) => toDistFile(distDir, indexFile, ref))
      .filter((file) => file !== null && !seen.has(file))
      .map(describe),
  };
}
