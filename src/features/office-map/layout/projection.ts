/**
 * The map's projection, fitted to a size alone (not to the loaded geometry), so office positions are
 * known before the state outlines arrive and stay identical whether or not they ever do.
 *
 * The projection is Albers USA with territories (Alaska, Hawaii and Puerto Rico in insets; San Juan
 * is a field office). The browser never runs it: the project projected every published office once,
 * at scale 1 with no translation (scripts/derive-outlines.ts → office-positions.ts), and the
 * projection is linear in its scale and translation, so a frame places an office at
 * translate + scale × that position. That keeps d3-geo and the projection library out of the app.
 */
import { UNIT_POSITIONS } from './office-positions';
import { positionKey } from './position-key';

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

/**
 * An office's [lon, lat] as a pixel of the frame, or null when the map has no recorded position for
 * that coordinate (an office that is not in the published list, or one whose coordinate changed
 * without `npm run derive:outlines`): the map then lists it as not on the map rather than guess.
 */
export function projectPoint(
  frame: Pick<MapFrame, 'scale' | 'translate'>,
  lon: number,
  lat: number,
): readonly [number, number] | null {
  const unit = UNIT_POSITIONS.get(positionKey(lon, lat));
  if (!unit) return null;
  return [frame.translate[0] + frame.scale * unit[0], frame.translate[1] + frame.scale * unit[1]];
}

export function sizeKey(size: MapSize): string {
  return `${Math.round(size.width)}x${Math.round(size.height)}`;
}
