/**
 * Starts, from index.html, everything the complete dashboard needs that the entry script does not
 * (issue 11: the request chain was HTML → JS → catalogue → manifest → tables → panel chunks → outlines):
 *
 * - `preload` of the catalogue and the default dataset's verified bundle (scripts/verified-data.ts),
 *   fetched with the HTML; the app's own request then takes the response (same URL and mode);
 * - `preload as=script` of each panel's chunk and the chunks it imports, so the panels' code arrives
 *   with the app's and loads from the memory cache when the panels mount. Not `modulepreload`: that
 *   also compiles each chunk at once, on the main thread, and at 4× CPU those compiles (≈80 ms) ran
 *   before the prefetch and the entry script, delaying the data requests and the first view by
 *   ≈150 ms; compiled when imported, the same work comes after the first view;
 * - `preload` of the state outlines the map draws;
 * - `preload` of the two Public Sans faces the page uses (latin, 400 and 700): without it the fonts
 *   are requested only once the first render has styled text, and the text is laid out and painted
 *   twice (fallback, then Public Sans), which delays the largest contentful paint;
 * - the prefetch entry (src/api/start-prefetch.ts) as an `async` module script first in the head: it
 *   runs as soon as it arrives, not after the document and the app's modules, so the data requests
 *   for any page (a dataset the HTML cannot preload, such as `?dataset=sample`) start at once.
 *
 * Tags only (no inline script): the strict CSP stays as it is.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { PANEL_MODULES } from './chunk-groups';

const DATA_PRELOADS = ['data/catalogue.json', 'data/published/dataset.json'];
const OUTLINES_ASSET = /state-outlines-[\w-]+\.json$/;
const PREFETCH_MODULE = 'src/api/start-prefetch';
/** The @fontsource faces src/app/styles/index.css imports; woff2 is what every supported browser takes. */
const FONT_ASSET = /public-sans-latin-(400|700)-normal-[\w-]+\.woff2$/;

interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  /** Every module the chunk holds (a group's chunk has no facade: scripts/chunk-groups.ts). */
  moduleIds?: readonly string[];
  imports: string[];
  isEntry: boolean;
}
interface AssetInfo {
  type: 'asset';
  fileName: string;
}
type BundleItem = ChunkInfo | AssetInfo;

/** The panel chunks and everything they import statically, minus what the entry already loads. */
export function panelChunkFiles(bundle: Record<string, BundleItem>): string[] {
  const chunks = Object.values(bundle).filter((item): item is ChunkInfo => item.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entryFiles = new Set<string>();
  const collect = (file: string, into: Set<string>): void => {
    if (into.has(file)) return;
    into.add(file);
    for (const imported of byFile.get(file)?.imports ?? []) collect(imported, into);
  };
  for (const entry of chunks.filter((chunk) => chunk.isEntry)) collect(entry.fileName, entryFiles);
  // In the page's reading order, so the trends' code arrives first.
  const panels = new Set<string>();
  for (const module of PANEL_MODULES) {
    const chunk = chunks.find((c) => holdsModule(c, module));
    if (chunk) collect(chunk.fileName, panels);
  }
  return [...panels].filter((file) => !entryFiles.has(file));
}

/** True when the module id names `module` (a path from the repository's root, without .ts or .tsx). */
const isModuleId = (id: string, module: string): boolean => id.replaceAll('\\', '/').replace(/\.tsx?$/, '').endsWith(`/${module}`);

const isModule = (chunk: ChunkInfo, module: string): boolean => chunk.facadeModuleId !== null && isModuleId(chunk.facadeModuleId, module);

/** True when the chunk is the module's own or holds it among others. */
const holdsModule = (chunk: ChunkInfo, module: string): boolean =>
  isModule(chunk, module) || (chunk.moduleIds ?? []).some((id) => isModuleId(id, module));

/** The prefetch entry's chunk and the chunks it imports, in load order (entry first). */
export function prefetchChunkFiles(bundle: Record<string, BundleItem>): string[] {
  const chunks = Object.values(bundle).filter((item): item is ChunkInfo => item.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry && isModule(chunk, PREFETCH_MODULE));
  return entry ? [entry.fileName, ...entry.imports] : [];
}

export function preloadPlugin(): Plugin {
  return {
    name: 'occ-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = (context.bundle ?? {}) as Record<string, BundleItem>;
        const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({ tag: 'link', attrs, injectTo: 'head' });
        const outlines = Object.values(bundle).find((item) => item.type === 'asset' && OUTLINES_ASSET.test(item.fileName));
        const [prefetchEntry, ...prefetchImports] = prefetchChunkFiles(bundle);
        const prefetchTags: HtmlTagDescriptor[] = prefetchEntry
          ? [
              { tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `./${prefetchEntry}` }, injectTo: 'head-prepend' },
              ...prefetchImports.map((file): HtmlTagDescriptor => ({ ...link({ rel: 'modulepreload', href: `./${file}`, crossorigin: true }), injectTo: 'head-prepend' })),
            ]
          : [];
        const fonts = Object.values(bundle).filter((item) => item.type === 'asset' && FONT_ASSET.test(item.fileName));
        const tags = [
          ...prefetchTags,
          ...fonts.map((font) => link({ rel: 'preload', href: `./${font.fileName}`, as: 'font', type: 'font/woff2', crossorigin: 'anonymous' })),
          ...DATA_PRELOADS.map((href) => link({ rel: 'preload', href: `./${href}`, as: 'fetch', crossorigin: 'anonymous' })),
          ...panelChunkFiles(bundle).map((file) => link({ rel: 'preload', as: 'script', href: `./${file}`, crossorigin: 'anonymous' })),
          ...(outlines ? [link({ rel: 'preload', href: `./${outlines.fileName}`, as: 'fetch', crossorigin: 'anonymous' })] : []),
        ];
        return { html, tags };
      },
    },
  };
}
