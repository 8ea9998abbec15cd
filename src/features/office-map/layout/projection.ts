/**
 * The map's projection, fitted to a size alone (not to the loaded geometry), so office positions are
 * known before the state outlines arrive and stay identical whether or not they ever do.
 *
 * Albers USA with territories places Alaska, Hawaii and Puerto Rico in insets; plain `geoAlbersUsa`
 * returns null for San Juan. (It also has insets for Guam and American Samoa, which the basemap
 * leaves out: no office is there. Alaska's inset reaches as far left, so the extent is the same.)
 */
import geoAlbersUsaTerritories from 'd3-composite-projections/src/albersUsaTerritories.js';
import type { GeoCompositeProjection } from 'd3-composite-projections';

export interface MapSize {
  width: number;
  height: number;
}

/** Where the projection sits inside the size: scale and the pixel of its origin. */
export interface MapFrame extends MapSize {
  scale: number;
  translate: readonly [number, number];
}

/**
 * The extent of every us-atlas state and territory under this projection at scale 1 with no
 * translation (measured from states-10m.json once; the insets are fixed fractions of the scale).
 */
const EXTENT = { x0: -0.4194, y0: -0.2247, x1: 0.3737, y1: 0.232 } as const;
/** Room left around the outlines so symbols at the edge (Seattle, Miami, San Juan) are not cut. */
export const MAP_PADDING = 14;
/** The width / height the panel reserves (CSS aspect-ratio), close to the outlines' own. */
export const MAP_ASPECT = 960 / 560;

export function mapFrame(size: MapSize): MapFrame {
  const width = Math.max(1, size.width);
  const height = Math.max(1, size.height);
  const scale = Math.max(
    1,
    Math.min(
      (width - 2 * MAP_PADDING) / (EXTENT.x1 - EXTENT.x0),
      (height - 2 * MAP_PADDING) / (EXTENT.y1 - EXTENT.y0),
    ),
  );
  // Centre the outlines' box (not the projection's origin, which sits left of and above it).
  const translate = [
    width / 2 - (scale * (EXTENT.x0 + EXTENT.x1)) / 2,
    height / 2 - (scale * (EXTENT.y0 + EXTENT.y1)) / 2,
  ] as const;
  return { width, height, scale, translate };
}

/** A fresh projection for a frame (projections are mutable objects: never share one). */
export function mapProjection(frame: MapFrame): GeoCompositeProjection {
  return geoAlbersUsaTerritories()
    .scale(frame.scale)
    .translate([frame.translate[0], frame.translate[1]]);
}

/** A [lon, lat] as a pixel, or null where the projection has no place for it. */
export function projectPoint(
  projection: GeoCompositeProjection,
  lon: number,
  lat: number,
): readonly [number, number] | null {
  const point = projection([lon, lat]);
  if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return null;
  return [point[0], point[1]];
}

export function sizeKey(size: MapSize): string {
  return `${Math.round(size.width)}x${Math.round(size.height)}`;
}
