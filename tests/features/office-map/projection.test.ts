// @vitest-environment node
/**
 * The map's projection in the app: a frame fitted to the size, and each office's recorded position
 * (scripts/derive-outlines.ts → layout/office-positions.ts) carried onto it by a scale and a shift. It
 * must place every published office where the projection library itself does, at any size, and place
 * nothing it has no recorded position for.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoAlbersUsa } from 'd3';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/data/csv';
import { UNIT_POSITIONS } from '../../../src/features/office-map/layout/office-positions';
import { positionKey } from '../../../src/features/office-map/layout/position-key';
import { mapFrame, projectPoint } from '../../../src/features/office-map/layout/projection';
import { libraryPoint, libraryProjection } from '../../../scripts/outlines/library-projection';
import { loadCommittedDataset } from '../../published/committed-package';

const offices = loadCommittedDataset().offices;
const office = (id: string) => {
  const found = offices.find((o) => o.id === id);
  if (!found) throw new Error(`office ${id} missing`);
  return found;
};
const FRAME = mapFrame({ width: 960, height: 560 });

describe('the map frame', () => {
  it('fits the outlines to 960 × 560 with the same scale and centre every time', () => {
    expect(FRAME.scale).toBeCloseTo(1164.88, 2);
    expect(FRAME.translate[0]).toBeCloseTo(506.62, 2);
    expect(FRAME.translate[1]).toBeCloseTo(275.75, 2);
  });
});

describe('projectPoint', () => {
  it.each([
    ['denver', 377.0, 247.87],
    ['san-juan', 912.29, 527.22],
    ['anchorage', 170.4, 490.16],
    ['honolulu', 309.0, 494.56],
  ])('places %s at its pinned pixel at 960 × 560', (id, x, y) => {
    const point = projectPoint(FRAME, office(id).lon, office(id).lat);
    expect(point).not.toBeNull();
    expect(Math.abs((point?.[0] ?? NaN) - x)).toBeLessThan(0.5);
    expect(Math.abs((point?.[1] ?? NaN) - y)).toBeLessThan(0.5);
  });

  it.each([
    [960, 560],
    [320, 187],
    [1400, 500],
    [2400, 1400],
    [1, 1],
  ])('places every published office where the projection library does at %i × %i (within 1e-6 px)', (width, height) => {
    const frame = mapFrame({ width, height });
    const library = libraryProjection(frame);
    expect(offices).toHaveLength(56);
    for (const o of offices) {
      const expected = libraryPoint(library, o.lon, o.lat);
      const point = projectPoint(frame, o.lon, o.lat);
      expect(expected, o.id).not.toBeNull();
      expect(point, o.id).not.toBeNull();
      expect(Math.abs((point?.[0] ?? NaN) - (expected?.[0] ?? NaN)), o.id).toBeLessThan(1e-6);
      expect(Math.abs((point?.[1] ?? NaN) - (expected?.[1] ?? NaN)), o.id).toBeLessThan(1e-6);
    }
  });

  it.each([
    [960, 560],
    [320, 187],
    [1400, 500],
  ])('projects all 56 offices of the published package to finite points inside %i × %i', (width, height) => {
    const frame = mapFrame({ width, height });
    for (const o of offices) {
      const [x, y] = projectPoint(frame, o.lon, o.lat) ?? [NaN, NaN];
      expect(Number.isFinite(x) && Number.isFinite(y), o.id).toBe(true);
      expect(x, o.id).toBeGreaterThanOrEqual(0);
      expect(x, o.id).toBeLessThanOrEqual(width);
      expect(y, o.id).toBeGreaterThanOrEqual(0);
      expect(y, o.id).toBeLessThanOrEqual(height);
    }
  });

  it('gives null for a coordinate with no recorded position: not a field office, or an office moved a little', () => {
    expect(projectPoint(FRAME, -0.1276, 51.5072)).toBeNull();
    const denver = office('denver');
    expect(projectPoint(FRAME, denver.lon + 0.0001, denver.lat)).toBeNull();
    expect(projectPoint(FRAME, denver.lat, denver.lon)).toBeNull();
  });
});

describe('the recorded positions', () => {
  it('are keyed by each office’s longitude and latitude as offices.csv writes them, one per office', () => {
    const csv = readFileSync(fileURLToPath(new URL('../../../public/data/published/offices.csv', import.meta.url)), 'utf8');
    const [header, ...rows] = parseCsv(csv).records.map((record) => record.fields);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    const written = rows.map((cells) => `${cells[column('lon')] ?? ''},${cells[column('lat')] ?? ''}`);
    expect([...UNIT_POSITIONS.keys()].sort()).toEqual([...written].sort());
    expect(offices.map((o) => positionKey(o.lon, o.lat)).sort()).toEqual([...written].sort());
  });
});

describe('the projection library (used when the positions are derived)', () => {
  it('places San Juan where plain Albers USA cannot (the reason for the composite projection)', () => {
    const sanJuan = office('san-juan');
    expect(geoAlbersUsa()([sanJuan.lon, sanJuan.lat])).toBeNull();
    expect(libraryPoint(libraryProjection(FRAME), sanJuan.lon, sanJuan.lat)).not.toBeNull();
  });

  it('has no place for a point far outside the US and its territories', () => {
    expect(libraryPoint(libraryProjection(FRAME), -0.1276, 51.5072)).toBeNull();
  });
});
