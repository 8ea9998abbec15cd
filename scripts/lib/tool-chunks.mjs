/**
 * Which JS of the build is the dashboard's and which belongs to an on-demand tool: a download whose
 * library is loaded with a dynamic import on the user's click and never by the page itself (the
 * briefing deck's pptxgenjs with its JSZip). The dashboard's JS, every chunk the page or a panel or an
 * export menu may load, counts against the all-JS budget; a tool's JS is reported on its own row, for
 * information, so a 125 kB library asked for by one button does not hide the dashboard's growth.
 *
 * A tool is named by its entry chunk, the module the app imports on the click (Vite names a dynamic
 * entry's chunk after its file). Its chunks are that entry and whatever it imports, statically or
 * dynamically, that nothing of the dashboard reaches without going through a tool entry. A chunk
 * that both reach is the dashboard's. Read from the built files, like bundle-graph.mjs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryReferences, gzipSize, staticImports } from './bundle-graph.mjs';

/** `entry` matches the tool's entry chunk's file name (assets/<name>-<hash>.js). */
export const TOOL_ENTRIES = Object.freeze([
  { tool: 'briefing deck (pptxgenjs 4.0.1 + JSZip)', entry: /^run-briefing-deck-[\w-]+\.js$/ },
  // Load your data: the dialog (on the button's click or a drop), the module worker it starts (named
  // in the dialog's chunk by URL, not imported, so it is an entry of its own) and the template writer.
  { tool: 'Load your data (import dialog, validator worker, template)', entry: /^(import-flow|import-worker|template-download)-[\w-]+\.js$/ },
]);

/** Specifiers of `import("x")` (Vite writes them with backticks) in built JS; relative or root paths only. */
export function dynamicImports(code) {
  return [...code.matchAll(/\bimport\(\s*[`'"]([^`'"]+)[`'"]\s*\)/g)]
    .map((match) => match[1] ?? '')
    .filter((specifier) => /^(\.{1,2})?\//.test(specifier));
}

/** The chunk's file name in assets/ that a specifier from another chunk (or index.html) names, if any. */
const assetName = (specifier) => /([^/?#]+\.js)(?:[?#].*)?$/.exec(specifier)?.[1] ?? null;

/** Every chunk reached from `start` over static and dynamic imports, not entering a chunk `stop` accepts. */
function reach(start, importsOf, stop) {
  const seen = new Set();
  const queue = start.filter((name) => !stop(name));
  while (queue.length > 0) {
    const name = queue.shift();
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    for (const next of importsOf(name)) if (!seen.has(next) && !stop(next)) queue.push(next);
  }
  return seen;
}

/**
 * Every JS file of the build with its gzip size (the dev-only mock worker is not in the build), split
 * into `dashboard` (files) and `tools` ({ tool, files } per entry of TOOL_ENTRIES, in that order).
 * A chunk no one imports stays with the dashboard: counted, rather than hidden in a tool.
 */
export function splitToolChunks(distDir, toolEntries = TOOL_ENTRIES) {
  const assets = join(distDir, 'assets');
  const names = readdirSync(assets).filter((name) => name.endsWith('.js')).sort();
  const bytes = new Map(names.map((name) => [name, readFileSync(join(assets, name))]));
  const importsOf = (name) => {
    const text = bytes.get(name)?.toString('utf8') ?? '';
    return [...staticImports(text), ...dynamicImports(text)].map(assetName).filter((next) => next !== null && bytes.has(next));
  };
  const isToolEntry = (name) => toolEntries.some(({ entry }) => entry.test(name));
  const { scripts } = entryReferences(readFileSync(join(distDir, 'index.html'), 'utf8'));
  const dashboardReach = reach(scripts.map(assetName).filter((name) => name !== null), importsOf, isToolEntry);
  const describe = (name) => ({ file: `assets/${name}`, gzip: gzipSize(bytes.get(name) ?? new Uint8Array()) });
  const claimed = new Set();
  const tools = toolEntries.map(({ tool, entry }) => {
    const own = [...reach(names.filter((name) => entry.test(name)), importsOf, (name) => dashboardReach.has(name) || claimed.has(name))];
    for (const name of own) claimed.add(name);
    return { tool, files: own.map(describe) };
  });
  return { dashboard: names.filter((name) => !claimed.has(name)).map(describe), tools };
}
