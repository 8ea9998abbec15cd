/**
 * Starts, from index.html, everything the complete dashboard needs that the entry script does not
 * (issue 11: the request chain was HTML → JS → catalogue → manifest → tables → panel chunks → outlines):
 *
 * - `preload` of the catalogue and the default dataset's verified bundle (scripts/verified-data.ts),
 *   fetched with the HTML; the app's own request then takes the response (same URL and mode);
 * - `modulepreload` of each panel's chunk and the chunks it imports, so the panels' code is parsed
 *   while the first view renders, and loads from the cache when the panels mount;
 * - `preload` of the state outlines the map draws.
 *
 * Tags only (no inline script): the strict CSP stays as it is.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The lazy panels whose code the dashboard needs at once (src/features/<feature>/<name>.tsx). */
const PANEL_MODULES = ['features/trends/trends-panel.tsx', 'features/office-map/office-map-panel.tsx', 'features/breakdown/breakdown-panel.tsx'];
const DATA_PRELOADS = ['data/catalogue.json', 'data/published/dataset.json'];
const OUTLINES_ASSET = /state-outlines-[\w-]+\.json$/;

interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
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
    const chunk = chunks.find((c) => (c.facadeModuleId?.replaceAll('\\', '/') ?? '').endsWith(`/src/${module}`));
    if (chunk) collect(chunk.fileName, panels);
  }
  return [...panels].filter((file) => !entryFiles.has(file));
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
        const tags = [
          ...DATA_PRELOADS.map((href) => link({ rel: 'preload', href: `./${href}`, as: 'fetch', crossorigin: 'anonymous' })),
          ...panelChunkFiles(bundle).map((file) => link({ rel: 'modulepreload', href: `./${file}`, crossorigin: true })),
          ...(outlines ? [link({ rel: 'preload', href: `./${outlines.fileName}`, as: 'fetch', crossorigin: 'anonymous' })] : []),
        ];
        return { html, tags };
      },
    },
  };
}
