// @vitest-environment node
/**
 * The state outlines and the office positions: derived once by the project (scripts/derive-outlines.ts),
 * committed as src/api/state-outlines.json (fetched by the app as it is) and
 * src/features/office-map/layout/office-positions.ts. The committed files must be what a new derivation
 * gives; the projected outlines keep Alaska, Hawaii and Puerto Rico and drop the Pacific territories;
 * and any map size is the reference outlines under a scale and a shift.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoPath } from 'd3';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { OutlinesFormatError, parseStateOutlines } from '../../../src/api/outlines-query';
import { BASEMAP_REFERENCE, basemapFit, OUTLINE_UNIT } from '../../../src/features/office-map/layout/basemap';
import { mapFrame } from '../../../src/features/office-map/layout/projection';
import { ATLAS_FILE, OUTLINES_FILE, POSITIONS_FILE, positionsText, outlinesText } from '../../../scripts/derive-outlines';
import { libraryPoint, libraryProjection } from '../../../scripts/outlines/library-projection';
import { keptInsetFrames, projectOutlines, relativePath } from '../../../scripts/outlines/project-outlines';
import type { StatesTopology } from '../../../scripts/outlines/project-outlines';

const atlas = JSON.parse(readFileSync(ATLAS_FILE, 'utf8')) as StatesTopology;
const projected = projectOutlines(atlas);

/** How many of an absolute path's points fall in a box [x0, y0, x1, y1]. */
function landPointsWithin(d: string, [x0, y0, x1, y1]: readonly number[]): number {
  const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  let count = 0;
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const [x, y] = [numbers[i] ?? NaN, numbers[i + 1] ?? NaN];
    if (x >= (x0 ?? 0) && x <= (x1 ?? 0) && y >= (y0 ?? 0) && y <= (y1 ?? 0)) count += 1;
  }
  return count;
}

describe('the committed outlines', () => {
  it('are exactly what a new derivation from us-atlas gives (rerun `npm run derive:outlines` if not)', () => {
    expect(readFileSync(OUTLINES_FILE, 'utf8')).toBe(outlinesText());
  });

  it('include office positions that are exactly what a new derivation from offices.csv gives (rerun `npm run derive:outlines` if not)', () => {
    expect(readFileSync(POSITIONS_FILE, 'utf8')).toBe(positionsText());
  });

  it('read as the app reads them: three paths of relative moves and lines in whole numbers', () => {
    const outlines = parseStateOutlines(readFileSync(fileURLToPath(new URL('../../../src/api/state-outlines.json', import.meta.url)), 'utf8'), 'x');
    for (const d of [outlines.land, outlines.borders, outlines.insetFrames]) expect(d).toMatch(/^m\d+,\d+l/);
    // Three insets: Hawaii, Alaska, Puerto Rico.
    expect(outlines.insetFrames.match(/m/g)).toHaveLength(3);
  });
});

describe('the projected outlines', () => {
  it('are path data with no NaN', () => {
    for (const d of [projected.land, projected.borders, projected.insetFrames]) {
      expect(d).toMatch(/^M/);
      expect(d).not.toMatch(/NaN|Infinity/);
    }
  });

  it('frame only the kept insets, each around its own territory', () => {
    const projection = libraryProjection(mapFrame(BASEMAP_REFERENCE));
    const all = projection.getCompositionBorders().split(/(?=M)/);
    expect(all).toHaveLength(5);
    // The library draws Hawaii, Alaska, Puerto Rico, Samoa, Guam: the first three are kept unchanged.
    expect(projected.insetFrames.split(/(?=M)/)).toEqual(all.slice(0, 3));
    expect(keptInsetFrames(projection)).toBe(projected.insetFrames);
  });

  it('leave out Guam, the Northern Mariana Islands and American Samoa but keep the rest', () => {
    const path = geoPath(libraryProjection(mapFrame(BASEMAP_REFERENCE)));
    const states = new Map(atlas.objects.states.geometries.map((g) => [String(g.id), g]));
    for (const id of ['60', '66', '69']) {
      const geometry = states.get(id);
      if (!geometry) throw new Error(`no ${id}`);
      const [[x0, y0], [x1, y1]] = path.bounds(feature(atlas, geometry));
      expect(x1).toBeLessThan(BASEMAP_REFERENCE.width / 4);
      expect(landPointsWithin(projected.land, [x0 - 1, y0 - 1, x1 + 1, y1 + 1])).toBe(0);
    }
    for (const id of ['02', '15', '72', '78']) {
      const geometry = states.get(id);
      if (!geometry) throw new Error(`no ${id}`);
      const [[x0, y0], [x1, y1]] = path.bounds(feature(atlas, geometry));
      expect(landPointsWithin(projected.land, [x0 - 1, y0 - 1, x1 + 1, y1 + 1])).toBeGreaterThan(0);
    }
  });
});

describe('relativePath', () => {
  it('writes moves and lines relative to the last point, in tenths, closing back to the subpath start', () => {
    expect(relativePath('M650.4,443.7L653.9,442.9L653.9,442.4ZM660,450L661.25,450Z')).toBe('m6504,4437l35-8l0-5zm96,63l13,0z');
  });

  it('rounds each point once, so errors never add up along a path', () => {
    const d = `M0,0${Array.from({ length: 100 }, (_, i) => `L${(i + 1) * 0.14},0`).join('')}`;
    const total = [...relativePath(d).matchAll(/l(-?\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(total * OUTLINE_UNIT).toBeCloseTo(14, 6);
  });
});

describe('basemapFit', () => {
  it.each([
    [960, 560],
    [300, 175],
    [1400, 500],
  ])('carries the outlines onto any size by a scale and a shift: %i × %i', (width, height) => {
    const denver: [number, number] = [-104.9903, 39.7392];
    const atReference = libraryPoint(libraryProjection(mapFrame(BASEMAP_REFERENCE)), ...denver);
    const frame = mapFrame({ width, height });
    const atSize = libraryPoint(libraryProjection(frame), ...denver);
    const fit = basemapFit(frame);
    // The outlines are in tenths of a reference pixel.
    expect(fit.x + fit.k * ((atReference?.[0] ?? NaN) / OUTLINE_UNIT)).toBeCloseTo(atSize?.[0] ?? NaN, 6);
    expect(fit.y + fit.k * ((atReference?.[1] ?? NaN) / OUTLINE_UNIT)).toBeCloseTo(atSize?.[1] ?? NaN, 6);
  });
});

describe('parseStateOutlines', () => {
  it.each([
    ['not json', 'the file is not JSON'],
    ['[1]', '"land" is not path data'],
    ['{"land":"m1,2l3,4z","borders":"m1,2","insetFrames":"M1,2 <script>"}', '"insetFrames" is not path data'],
  ])('rejects a file that is not the outlines: %s', (text, message) => {
    expect(() => parseStateOutlines(text, '/assets/x.json')).toThrow(OutlinesFormatError);
    expect(() => parseStateOutlines(text, '/assets/x.json')).toThrow(message);
  });
});
