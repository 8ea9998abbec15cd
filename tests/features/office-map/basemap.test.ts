// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AtlasFormatError, parseStatesTopology } from '../../../src/api/atlas-query';
import { geoPath } from 'd3';
import { feature } from 'topojson-client';
import { BASEMAP_REFERENCE, basemapFit, basemapPaths, keptInsetFrames } from '../../../src/features/office-map/layout/basemap';
import { mapFrame, mapProjection, projectPoint } from '../../../src/features/office-map/layout/projection';

const ATLAS_FILE = fileURLToPath(new URL('../../../node_modules/us-atlas/states-10m.json', import.meta.url));
const atlasText = readFileSync(ATLAS_FILE, 'utf8');

/** How many of a path's points fall in a box [x0, y0, x1, y1]. */
function landPointsWithin(d: string, [x0, y0, x1, y1]: readonly number[]): number {
  const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  let count = 0;
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const [x, y] = [numbers[i] ?? NaN, numbers[i + 1] ?? NaN];
    if (x >= (x0 ?? 0) && x <= (x1 ?? 0) && y >= (y0 ?? 0) && y <= (y1 ?? 0)) count += 1;
  }
  return count;
}

describe('the state outlines', () => {
  const atlas = parseStatesTopology(atlasText, 'states-10m.json');

  it('accept the us-atlas file with its 56 states and territories', () => {
    expect(atlas.objects.states.geometries).toHaveLength(56);
  });

  it('become path strings for one size, with one-decimal coordinates and no NaN', () => {
    const basemap = basemapPaths(atlas);
    for (const d of [basemap.land, basemap.borders, basemap.insetFrames]) {
      expect(d).toMatch(/^M/);
      expect(d).not.toMatch(/NaN|Infinity/);
    }
    expect(basemap.land).not.toMatch(/\.\d\d/);
    // Three insets: Hawaii, Alaska, Puerto Rico (not the projection's Samoa and Guam frames).
    expect(basemap.insetFrames.match(/M/g)).toHaveLength(3);
  });

  it('frame only the kept insets, each around its own territory', () => {
    const projection = mapProjection(mapFrame(BASEMAP_REFERENCE));
    const all = projection.getCompositionBorders().split(/(?=M)/);
    const kept = basemapPaths(atlas).insetFrames.split(/(?=M)/);
    expect(all).toHaveLength(5);
    // The library draws Hawaii, Alaska, Puerto Rico, Samoa, Guam: the first three are kept unchanged.
    expect(kept).toEqual(all.slice(0, 3));
    expect(keptInsetFrames(projection)).toBe(basemapPaths(atlas).insetFrames);
  });

  it('leave out Guam, the Northern Mariana Islands and American Samoa but keep the rest', () => {
    const projection = mapProjection(mapFrame(BASEMAP_REFERENCE));
    const path = geoPath(projection);
    const land = basemapPaths(atlas).land;
    const states = new Map(atlas.objects.states.geometries.map((g) => [String(g.id), g]));
    // The omitted territories sit in the left-hand insets: nothing of the land is drawn there now.
    for (const id of ['60', '66', '69']) {
      const geometry = states.get(id);
      if (!geometry) throw new Error(`no ${id}`);
      const [[x0, y0], [x1, y1]] = path.bounds(feature(atlas, geometry));
      expect(x1).toBeLessThan(BASEMAP_REFERENCE.width / 4);
      expect(landPointsWithin(land, [x0 - 1, y0 - 1, x1 + 1, y1 + 1])).toBe(0);
    }
    // Alaska, Hawaii, Puerto Rico and the Virgin Islands are still drawn.
    for (const id of ['02', '15', '72', '78']) {
      const geometry = states.get(id);
      if (!geometry) throw new Error(`no ${id}`);
      const [[x0, y0], [x1, y1]] = path.bounds(feature(atlas, geometry));
      expect(landPointsWithin(land, [x0 - 1, y0 - 1, x1 + 1, y1 + 1])).toBeGreaterThan(0);
    }
  });

  it('are projected once per atlas', () => {
    expect(basemapPaths(atlas)).toBe(basemapPaths(atlas));
    expect(BASEMAP_REFERENCE).toEqual({ width: 960, height: 560 });
  });

  it.each([
    [960, 560],
    [300, 175],
    [1400, 500],
  ])('fit any size by a scale and shift of the reference: %i × %i', (width, height) => {
    const denver: [number, number] = [-104.9903, 39.7392];
    const atReference = projectPoint(mapProjection(mapFrame(BASEMAP_REFERENCE)), ...denver);
    const frame = mapFrame({ width, height });
    const atSize = projectPoint(mapProjection(frame), ...denver);
    const fit = basemapFit(frame);
    expect(fit.x + fit.k * (atReference?.[0] ?? NaN)).toBeCloseTo(atSize?.[0] ?? NaN, 6);
    expect(fit.y + fit.k * (atReference?.[1] ?? NaN)).toBeCloseTo(atSize?.[1] ?? NaN, 6);
  });

  it.each([
    ['not json', 'the file is not JSON'],
    ['{"type":"FeatureCollection","features":[]}', 'not a TopoJSON topology'],
    ['{"type":"Topology","arcs":[],"objects":{"counties":{"type":"GeometryCollection","geometries":[]}}}', 'no "states" and "nation"'],
  ])('reject a file that is not the atlas: %s', (text, message) => {
    expect(() => parseStatesTopology(text, '/assets/x.json')).toThrow(AtlasFormatError);
    expect(() => parseStatesTopology(text, '/assets/x.json')).toThrow(message);
  });
});
