// @vitest-environment node
import { geoAlbersUsa } from 'd3';
import { describe, expect, it } from 'vitest';
import { mapFrame, mapProjection, projectPoint } from '../../../src/features/office-map/layout/projection';
import { loadCommittedDataset } from '../../published/committed-package';

const offices = loadCommittedDataset().offices;
const office = (id: string) => {
  const found = offices.find((o) => o.id === id);
  if (!found) throw new Error(`office ${id} missing`);
  return found;
};

describe('the map projection', () => {
  it('fits the outlines to 960 × 560 with the same scale and centre every time', () => {
    const frame = mapFrame({ width: 960, height: 560 });
    expect(frame.scale).toBeCloseTo(1164.88, 2);
    expect(frame.translate[0]).toBeCloseTo(506.62, 2);
    expect(frame.translate[1]).toBeCloseTo(275.75, 2);
  });

  it.each([
    ['denver', 377.0, 247.87],
    ['san-juan', 912.29, 527.22],
    ['anchorage', 170.4, 490.16],
    ['honolulu', 309.0, 494.56],
  ])('places %s at its pinned pixel at 960 × 560', (id, x, y) => {
    const point = projectPoint(mapProjection(mapFrame({ width: 960, height: 560 })), office(id).lon, office(id).lat);
    expect(point).not.toBeNull();
    expect(Math.abs((point?.[0] ?? NaN) - x)).toBeLessThan(0.5);
    expect(Math.abs((point?.[1] ?? NaN) - y)).toBeLessThan(0.5);
  });

  it.each([
    [960, 560],
    [320, 187],
    [1400, 500],
  ])('projects all 56 offices of the published package to finite points inside %i × %i', (width, height) => {
    const projection = mapProjection(mapFrame({ width, height }));
    expect(offices).toHaveLength(56);
    for (const o of offices) {
      const point = projectPoint(projection, o.lon, o.lat);
      expect(point, o.id).not.toBeNull();
      const [x, y] = point ?? [NaN, NaN];
      expect(Number.isFinite(x) && Number.isFinite(y), o.id).toBe(true);
      expect(x, o.id).toBeGreaterThanOrEqual(0);
      expect(x, o.id).toBeLessThanOrEqual(width);
      expect(y, o.id).toBeGreaterThanOrEqual(0);
      expect(y, o.id).toBeLessThanOrEqual(height);
    }
  });

  it('places San Juan where plain Albers USA cannot (the reason for the composite projection)', () => {
    const sanJuan = office('san-juan');
    expect(geoAlbersUsa()([sanJuan.lon, sanJuan.lat])).toBeNull();
    expect(projectPoint(mapProjection(mapFrame({ width: 960, height: 560 })), sanJuan.lon, sanJuan.lat)).not.toBeNull();
  });

  it('has no place for a point far outside the US and its territories', () => {
    expect(projectPoint(mapProjection(mapFrame({ width: 960, height: 560 })), -0.1276, 51.5072)).toBeNull();
  });
});
