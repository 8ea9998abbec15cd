/**
 * Writes what the map draws with, projected once by the project rather than in every browser:
 * src/api/state-outlines.json, the outlines, from us-atlas's 1:10m states
 * (scripts/outlines/project-outlines.ts), and src/features/office-map/layout/office-positions.ts, the
 * published field offices' positions (scripts/outlines/project-offices.ts). Run after a change to the
 * map's projection, its reference size or the offices' coordinates:
 *
 *   npm run derive:outlines
 *
 * tests/features/office-map/outlines.test.ts fails when a committed file differs from a new derivation.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPackageFromFiles } from '../src/data/load-package';
import type { Office } from '../src/data/types';
import { projectOffices, positionsModule } from './outlines/project-offices';
import { outlinesFile } from './outlines/project-outlines';
import type { StatesTopology } from './outlines/project-outlines';

export const ATLAS_FILE = fileURLToPath(new URL('../node_modules/us-atlas/states-10m.json', import.meta.url));
export const OUTLINES_FILE = fileURLToPath(new URL('../src/api/state-outlines.json', import.meta.url));
export const PUBLISHED_DIR = fileURLToPath(new URL('../public/data/published/', import.meta.url));
export const POSITIONS_FILE = fileURLToPath(new URL('../src/features/office-map/layout/office-positions.ts', import.meta.url));

export function outlinesText(): string {
  const topology = JSON.parse(readFileSync(ATLAS_FILE, 'utf8')) as StatesTopology;
  return `${JSON.stringify(outlinesFile(topology))}\n`;
}

/** The published package's offices, read by the app's own loader: the same numbers the app keys by. */
export function publishedOffices(): Office[] {
  const files = Object.fromEntries(readdirSync(PUBLISHED_DIR).map((name) => [name, readFileSync(PUBLISHED_DIR + name, 'utf8')]));
  const result = loadPackageFromFiles(files);
  if (!result.ok) throw new Error(`the published package does not load: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.dataset.offices;
}

export function positionsText(): string {
  return positionsModule(projectOffices(publishedOffices()));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OUTLINES_FILE, outlinesText());
  console.log(`Wrote ${OUTLINES_FILE}`);
  writeFileSync(POSITIONS_FILE, positionsText());
  console.log(`Wrote ${POSITIONS_FILE}`);
}
