/**
 * The map's projection as the library computes it: Albers USA with territories, which places Alaska,
 * Hawaii and Puerto Rico in insets (plain `geoAlbersUsa` returns null for San Juan). It also has insets
 * for Guam and American Samoa, which the map leaves out: no office is there.
 *
 * Only the project runs it, when it derives the outlines and the office positions
 * (scripts/derive-outlines.ts), and the tests that check those against it. The app carries the
 * results, never d3-geo: its projectPoint (src/features/office-map/layout/projection.ts) reads the
 * positions this wrote.
 */
import geoAlbersUsaTerritories from 'd3-composite-projections/src/albersUsaTerritories.js';
import type { GeoCompositeProjection } from 'd3-composite-projections';
import type { MapFrame } from '../../src/features/office-map/layout/projection';

/** Where the projection sits: the frame's scale and the pixel of its origin. */
export type ProjectionPlacement = Pick<MapFrame, 'scale' | 'translate'>;

/** The unit projection: every position the app reads is a point under it. */
export const UNIT_PLACEMENT: ProjectionPlacement = { scale: 1, translate: [0, 0] };

/** A fresh projection for a frame (projections are mutable objects: never share one). */
export function libraryProjection(placement: ProjectionPlacement): GeoCompositeProjection {
  return geoAlbersUsaTerritories()
    .scale(placement.scale)
    .translate([placement.translate[0], placement.translate[1]]);
}

/** A [lon, lat] as a pixel, or null where the projection has no place for it. */
export function libraryPoint(projection: GeoCompositeProjection, lon: number, lat: number): readonly [number, number] | null {
  const point = projection([lon, lat]);
  if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return null;
  return [point[0], point[1]];
}
