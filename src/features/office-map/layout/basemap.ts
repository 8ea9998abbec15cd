/**
 * State outlines as SVG path strings: the land (nation), the borders between states, and the frames
 * around the insets. Projecting the 1:10m outlines is the one costly step of the map (a few hundred
 * milliseconds), so it is done once per atlas, at a reference size, and never again: the fit of any
 * other size is the same projection up to a scale and a shift (mapFrame is linear in the scale),
 * applied as an SVG transform. A filter change or a resize never re-projects the outlines.
 */
import { geoPath } from 'd3';
import { feature, mesh } from 'topojson-client';
import type { StatesTopology } from '../../../api/atlas-query';
import { mapFrame, mapProjection } from './projection';
import type { MapFrame, MapSize } from './projection';

export interface Basemap {
  /** All states and territories as one filled shape. */
  land: string;
  /** Lines shared by two states (coastlines are the land's own outline). */
  borders: string;
  /** The boxes that set Alaska, Hawaii, Puerto Rico, Guam and Samoa apart from the mainland. */
  insetFrames: string;
}

/** The size the paths are projected at: a common desktop map, so one decimal is ample detail. */
export const BASEMAP_REFERENCE: MapSize = { width: 960, height: 560 };
const PATH_DIGITS = 1;
const cache = new WeakMap<StatesTopology, Basemap>();

export function basemapPaths(topology: StatesTopology): Basemap {
  const cached = cache.get(topology);
  if (cached) return cached;
  const projection = mapProjection(mapFrame(BASEMAP_REFERENCE));
  const path = geoPath(projection).digits(PATH_DIGITS);
  const basemap: Basemap = {
    land: path(feature(topology, topology.objects.nation)) ?? '',
    borders: path(mesh(topology, topology.objects.states, (a, b) => a !== b)) ?? '',
    insetFrames: projection.getCompositionBorders(),
  };
  cache.set(topology, basemap);
  return basemap;
}

/** Scale k and shift (x, y) that carry the reference paths onto a frame: p = (x, y) + k · p_ref. */
export function basemapFit(frame: MapFrame): { k: number; x: number; y: number } {
  const reference = mapFrame(BASEMAP_REFERENCE);
  const k = frame.scale / reference.scale;
  return {
    k,
    x: frame.translate[0] - k * reference.translate[0],
    y: frame.translate[1] - k * reference.translate[1],
  };
}
