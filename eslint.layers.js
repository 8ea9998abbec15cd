/**
 * The import layering of docs/DESIGN.md §9 as an eslint-plugin-boundaries config, in its own module
 * so tests/lint/layers.test.ts can lint probe imports against exactly these policies.
 */
import boundaries from 'eslint-plugin-boundaries';

// The layers of docs/DESIGN.md §9, one element type each. Imports run one way:
// app → features → shared layers; domain and data are the pure bottom (data below domain).
const sharedLayers = ['charts', 'domain', 'api', 'data', 'state', 'export', 'ui', 'import'];
// The pure layers hold plain TypeScript: no React, react-query or zustand.
const pureLayers = ['domain', 'data', 'import', 'workers'];
const reactPackages = ['react', 'react-dom', '@tanstack/react-query', 'zustand'];

const layerElements = [
  { type: 'app', pattern: 'src/app', partialMatch: false },
  // One element per feature folder: imports inside a feature are internal and always allowed.
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'], partialMatch: false },
  ...sharedLayers.map((layer) => ({ type: layer, pattern: `src/${layer}`, partialMatch: false })),
  { type: 'workers', pattern: 'src/workers', partialMatch: false },
  { type: 'mocks', pattern: 'mocks', partialMatch: false },
];

// src/main.tsx is a file, not a folder, so it is a file category (elements are folders in v7).
const bootFiles = [{ category: 'boot', pattern: 'src/main.tsx' }];

const allowLayers = (from, to) => ({ from: { element: { types: from } }, allow: { to: { element: { types: to } } } });

const layerPolicies = [
  // Packages are free for every layer, except React in the pure layers (the last policy).
  { allow: { to: { module: { origin: ['external', 'core'] } } } },
  // Boot: starts the mocks in development (a dynamic import the build drops), then mounts the app.
  { from: { file: { categories: 'boot' } }, allow: { to: { element: { types: ['app', 'api', 'mocks'] } } } },
  allowLayers('app', ['app', 'feature', 'workers', ...sharedLayers]),
  // A feature reaches the shared layers; another feature's folder is a different element, so denied.
  // It may start a Web Worker (src/workers), whose code is a file of its own, never in the page's chunks.
  allowLayers('feature', [...sharedLayers, 'workers']),
  // The import is for the layers that load data (api, state) and the panels; drawing layers never need it.
  allowLayers(['api', 'state'], sharedLayers),
  allowLayers(['charts', 'export', 'ui'], sharedLayers.filter((layer) => layer !== 'import')),
  allowLayers('domain', ['data']),
  // The analysts' import (docs/DESIGN.md §11): pure, so the same code runs in Node and in a Web Worker.
  allowLayers('import', ['import', 'data', 'domain']),
  // Web Workers and the page's handle on them: a worker runs the pure import code off the page's
  // thread, so it reaches only what a worker can run (no React, no DOM, no store).
  allowLayers('workers', ['workers', 'import', 'data', 'domain']),
  // data is the bottom layer: no policy allows it a local import.
  allowLayers('mocks', ['data', 'domain']),
  // The map outlines are an asset of the build (Vite's `?url` import gives its hashed URL); the
  // resolver cannot follow a query, so this one import is allowed by name.
  { from: { element: { types: 'api' } }, allow: { dependency: { source: './state-outlines.json?url' } } },
  {
    from: { element: { types: pureLayers } },
    disallow: { to: { module: { source: reactPackages } } },
    message: 'src/domain, src/data, src/import and src/workers are plain TypeScript: no React, react-query or zustand (docs/DESIGN.md §2).',
  },
];

export const layersConfig = {
  files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': layerElements,
    'boundaries/files': bootFiles,
    'boundaries/legacy-templates': false,
    // Lazy panels and export code load through import(), and index files re-export: check all three.
    'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
    // Imports omit the extension (`./app/app`); the default resolver knows only .js.
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.d.ts', '.js', '.json'] } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      // checkAllOrigins: packages are checked too (React in domain/data); checkUnknownLocals:
      // src and mocks import nothing outside the layers (no tests/, scripts/ or public/).
      { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, policies: layerPolicies },
    ],
  },
};
