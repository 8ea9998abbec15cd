/**
 * Vite plugin for the parts of the data URL space that are not committed files (docs/DESIGN.md §2):
 * `data/catalogue.json` and the sample package `data/sample/*`. The published package is plain files
 * in public/data/published, which Vite serves in dev and copies into the build by itself.
 *
 * - `vite build`: emits the catalogue and the sample package, generated at build time from the
 *   published files with the same generator the mocks use, so the production build offers the sample
 *   on any static host with no server logic; and each package's verified bundle, its hashes baked
 *   into the app (scripts/verified-data.ts).
 * - `vite dev`: serves the same paths from a middleware, so the dev server works with the mocks off.
 *   Other paths under `data/` that are not files answer 404, as a static host would, instead of the
 *   SPA fallback page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { buildCatalogue, CATALOGUE_FILE, PUBLISHED_ID, SAMPLE_ID, writeCatalogue } from '../mocks/catalogue';
import { buildSamplePackage } from '../mocks/sample/sample-package';
import { MANIFEST_FILE } from '../src/data/load-package';
import { verifiedData } from './verified-data';
import type { VerifiedOutput } from './verified-data';

const DATA_DIR = 'data';

/** Path within the data folder (`catalogue.json`, `sample/observations.csv`) → file text. */
type DataFiles = Map<string, string>;

function readPackageDir(dir: string): Record<string, string> {
  if (!existsSync(dir)) throw new Error(`dataPlugin: the published package folder ${dir} does not exist`);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => statSync(join(dir, name)).isFile())
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** Everything the plugin adds under `data/`, generated from the published package folder. */
export function generatedDataFiles(publishedDir: string): DataFiles {
  return generatedData(publishedDir).files;
}

/** The generated files and the packages the build serves (by dataset id), for the verified bundles. */
function generatedData(publishedDir: string): { files: DataFiles; packages: Map<string, Record<string, string>> } {
  const published = readPackageDir(publishedDir);
  const sample = buildSamplePackage(published);
  const manifests = [published[MANIFEST_FILE] ?? '', sample[MANIFEST_FILE] ?? ''];
  const files: DataFiles = new Map([[CATALOGUE_FILE, writeCatalogue(buildCatalogue(manifests))]]);
  for (const [name, text] of Object.entries(sample)) files.set(`${SAMPLE_ID}/${name}`, text);
  const packages = new Map([
    [PUBLISHED_ID, published],
    [SAMPLE_ID, sample],
  ]);
  return { files, packages };
}

/** The build's data: the generated files plus each package's verified bundle, and the record of their hashes. */
export function buildData(publishedDir: string): { files: DataFiles; verified: VerifiedOutput } {
  const { files, packages } = generatedData(publishedDir);
  const verified = verifiedData(files.get(CATALOGUE_FILE) ?? '', packages);
  return { files: new Map([...files, ...verified.files]), verified };
}

const contentType = (path: string): string =>
  path.endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8';

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-cache');
  res.end(body);
}

export function dataPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  const publicDir = (): string => (config?.publicDir ? config.publicDir : resolve(config?.root ?? '.', 'public'));
  const publishedDir = (): string => join(publicDir(), DATA_DIR, PUBLISHED_ID);

  let built: ReturnType<typeof buildData> | undefined;
  return {
    name: 'cross-country-data',
    // The build validates every package it serves and tells the app the hashes of what it validated.
    // Development and tests get no record: the dev server's mocks serve the tables, validated as usual.
    config(userConfig, env) {
      if (env.command !== 'build') return undefined;
      const root = resolve(userConfig.root ?? '.');
      const publicRoot = typeof userConfig.publicDir === 'string' ? resolve(root, userConfig.publicDir) : join(root, 'public');
      built = buildData(join(publicRoot, DATA_DIR, PUBLISHED_ID));
      return { define: { 'import.meta.env.VITE_VERIFIED_DATA': JSON.stringify(JSON.stringify(built.verified.record)) } };
    },
    configResolved(resolved) {
      config = resolved;
    },

    configureServer(server) {
      let cached: DataFiles | undefined;
      const files = (): DataFiles => (cached ??= generatedDataFiles(publishedDir()));
      // Regenerate after an edit to the published package (e.g. a new run of derive-published).
      server.watcher.add(publishedDir());
      server.watcher.on('all', (_event, path) => {
        if (resolve(path).startsWith(publishedDir())) cached = undefined;
      });

      const base = server.config.base;
      server.middlewares.use((req, res, next) => {
        let pathname: string;
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://dev.invalid').pathname);
        } catch {
          next();
          return;
        }
        // Added in configureServer, this middleware runs before Vite's own, which strip the base later.
        const path = `/${pathname.slice(base.length)}`;
        const prefix = `/${DATA_DIR}/`;
        const handled = pathname.startsWith(base) && path.startsWith(prefix);
        if (!handled || (req.method !== 'GET' && req.method !== 'HEAD')) {
          next();
          return;
        }
        const dataPath = path.slice(prefix.length);
        let text: string | undefined;
        try {
          text = files().get(dataPath);
        } catch (error) {
          send(res, 500, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error));
          return;
        }
        if (text !== undefined) {
          send(res, 200, contentType(dataPath), req.method === 'HEAD' ? '' : text);
        } else if (existsSync(join(publicDir(), DATA_DIR, dataPath))) {
          next();
        } else {
          send(res, 404, 'text/plain; charset=utf-8', `Not found: ${path}`);
        }
      });
    },

    generateBundle() {
      if (config?.command !== 'build') return;
      built ??= buildData(publishedDir());
      for (const [path, source] of built.files) {
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${path}`, source });
      }
    },
  };
}
