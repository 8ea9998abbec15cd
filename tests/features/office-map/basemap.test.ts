// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AtlasFormatError, parseStatesTopology } from '../../../src/api/atlas-query';
import { BASEMAP_REFERENCE, basemapFit, basemapPaths } from '../../../src/features/office-map/layout/basemap';
import { mapFrame, mapProjection, projectPoint } from '../../../src/features/office-map/layout/projection';

const ATLAS_FILE = fileURLToPath(new URL('../../../node_modules/us-atlas/states-10m.json', import.meta.url));
const atlasText = readFileSync(ATLAS_FILE, 'utf8');

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
    // Five insets: Alaska, Hawaii, Puerto Rico, Samoa, Guam.
    expect(basemap.insetFrames.match(/M/g)).toHaveLength(5);
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
