/**
 * Writes src/api/state-outlines.json, the outlines the map draws, from us-atlas's 1:10m states
 * (scripts/outlines/project-outlines.ts). Run after a change to the map's projection or reference size:
 *
 *   npm run derive:outlines
 *
 * tests/features/office-map/outlines.test.ts fails when the committed file differs from a new derivation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { outlinesFile } from './outlines/project-outlines';
import type { StatesTopology } from './outlines/project-outlines';

export const ATLAS_FILE = fileURLToPath(new URL('../node_modules/us-atlas/states-10m.json', import.meta.url));
export const OUTLINES_FILE = fileURLToPath(new URL('../src/api/state-outlines.json', import.meta.url));

export function outlinesText(): string {
  const topology = JSON.parse(readFileSync(ATLAS_FILE, 'utf8')) as StatesTopology;
  return `${JSON.stringify(outlinesFile(topology))}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OUTLINES_FILE, outlinesText());
  console.log(`Wrote ${OUTLINES_FILE}`);
}
