/**
 * How the build groups the app's lazily loaded code into chunks (Rolldown's `codeSplitting.groups`).
 *
 * Left to itself, Rolldown made a chunk for every set of modules that a different set of dynamic
 * imports reaches: about forty chunks, many under 1 kB, each compressed on its own. Gzip starts every
 * file with an empty dictionary, so the same React calls, class names and words were paid for again in
 * each: the dashboard's lazy JS measured 86.2 kB as separate files and 75.0 kB as one (issue 11, whose
 * budget for the dashboard's JS is 175 kB). Most of those chunks also arrive together anyway: the
 * three panels, their charts and tables, the sources list and the print footer are all requested right
 * after the first view (loadTogether in src/ui/lazy-panel.tsx), fifteen requests for one moment.
 *
 * So each group below is named by the modules a user's action imports (its entries); Rolldown puts in
 * the group's chunk those modules and what they import that a group of higher priority has not taken
 * (`includeDependenciesRecursively`, its default). The order is the order in which the page needs them:
 *
 * 1. `prefetch`: the small entry that starts the data requests; it stays whole and small, and the app
 *    imports its chunk, never the other way round.
 * 2. `index`: everything the first view imports statically (`$initial`): one chunk (split, its pieces
 *    cost the first view 1.2 kB more gzip).
 * 3. `panels`: what the complete dashboard loads right after the first view.
 * 4. `export`: the image export kit, each panel's image export, the briefing pack and an analyst's
 *    dataset downloaded as a package: on a click only.
 * 5. `your-data`: the bar of an analyst's dataset, shown only when one is kept.
 *
 * Not grouped, so each stays a chunk loaded only when asked for: the validator of data the build did
 * not verify, release mode's suppression, the import dialog and its worker, and the briefing deck's
 * pptxgenjs (scripts/lib/tool-chunks.mjs names those two as on-demand tools).
 */

/** A module's path (from the repository's root, without its .ts or .tsx) in a module id, on any platform. */
const under = (pattern: string): RegExp => new RegExp(`[\\\\/]${pattern.replaceAll('/', '[\\\\/]')}\\.tsx?$`);

/**
 * The modules the dashboard imports lazily right after its first view, in the page's reading order
 * (index.html preloads the chunks that hold them in this order: scripts/vite-plugin-preload.ts).
 */
export const PANEL_MODULES = [
  'src/features/trends/trends-panel',
  'src/features/office-map/office-map-panel',
  'src/features/breakdown/breakdown-panel',
  'src/features/sources/sources-panel',
  'src/app/print-footer',
  // The list of datasets kept in this browser, asked for with the catalogue.
  'src/api/local-store',
];
const PANEL_ENTRIES = PANEL_MODULES.map(under);

/** The modules an export or download button imports on its click. */
export const EXPORT_ENTRIES = [
  'src/export/run-export',
  'src/features/summary/summary-export',
  'src/features/trends/trends-export',
  'src/features/office-map/map-export',
  'src/app/make-briefing-pack',
  'src/export/run-briefing-pack',
  'src/app/make-briefing-deck',
  'src/export/zip',
  // An analyst's dataset: download it as a data package, or forget it.
  'src/features/your-data/your-data-actions',
].map(under);

/** The bar shown only when an analyst's dataset is kept in this browser (its buttons' actions are export's). */
export const YOUR_DATA_ENTRIES = ['src/features/your-data/your-data-bar'].map(under);

const PREFETCH_MODULES = ['src/api/start-prefetch', 'src/api/prefetch', 'src/api/verified-data', 'src/api/base-url'].map(under);

const matchesAny = (patterns: readonly RegExp[]) => (id: string): boolean => patterns.some((pattern) => pattern.test(id));

/** The groups for `build.rolldownOptions.output.codeSplitting.groups`, highest priority first. */
export const CHUNK_GROUPS = [
  { name: 'prefetch', priority: 5, test: matchesAny(PREFETCH_MODULES) },
  { name: 'index', priority: 4, tags: ['$initial' as const] },
  { name: 'panels', priority: 3, test: matchesAny(PANEL_ENTRIES) },
  { name: 'export', priority: 2, test: matchesAny(EXPORT_ENTRIES) },
  { name: 'your-data', priority: 1, test: matchesAny(YOUR_DATA_ENTRIES) },
];
