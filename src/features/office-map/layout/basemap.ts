/**
 * State outlines as SVG path strings: the land (nation), the borders between states, and the frames
 * around the insets. Projecting the 1:10m outlines is the one costly step of the map (a few hundred
 * milliseconds), so it is done once per atlas, at a reference size, and never again: the fit of any
 * other size is the same projection up to a scale and a shift (mapFrame is linear in the scale),
 * applied as an SVG transform. A filter change or a resize never re-projects the outlines.
 *
 * Guam, the Northern Mariana Islands and American Samoa are left out: no field office sits there
 * (FBI Honolulu covers them), and their small dashed insets would be unexplained clutter in a
 * briefing. Alaska, Hawaii and Puerto Rico (with the Virgin Islands, in its inset) stay.
 */
import { geoPath } from 'd3';
import type { GeoCompositeProjection } from 'd3-composite-projections';
import { merge, mesh } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon } from 'topojson-specification';
import type { StatesTopology } from '../../../api/atlas-query';
import { mapFrame, mapProjection, projectPoint } from './projection';
import type { MapFrame, MapSize } from './projection';

export interface Basemap {
  /** The states and kept territories as one filled shape. */
  land: string;
  /** Lines shared by two states (coastlines are the land's own outline). */
  borders: string;
  /** The boxes that set Alaska, Hawaii and Puerto Rico apart from the mainland. */
  insetFrames: string;
}

/** FIPS codes of the Pacific territories the map does not draw: American Samoa, Guam, N. Mariana Islands. */
export const OMITTED_TERRITORIES: ReadonlySet<string> = new Set(['60', '66', '69']);

/** One point inside each inset the map keeps ([lon, lat]: Anchorage, Honolulu, San Juan). */
export const KEPT_INSET_POINTS: readonly (readonly [number, number])[] = [
  [-149.9, 61.22],
  [-157.86, 21.31],
  [-66.11, 18.47],
];

/** The size the paths are projected at: a common desktop map, so one decimal is ample detail. */
export const BASEMAP_REFERENCE: MapSize = { width: 960, height: 560 };
const PATH_DIGITS = 1;
const cache = new WeakMap<StatesTopology, Basemap>();

/**
 * The projection's composition borders, keeping only the frames that hold a kept inset. The library
 * draws all five frames in one path of closed subpaths; each is picked by what it contains rather
 * than by its position in that path, so a reordering in the library cannot swap a frame silently.
 */
export function keptInsetFrames(projection: GeoCompositeProjection): string {
  const points = KEPT_INSET_POINTS.map(([lon, lat]) => projectPoint(projection, lon, lat)).filter((p) => p !== null);
  return projection
    .getCompositionBorders()
    .split(/(?=M)/)
    .filter((subpath) => {
      const numbers = (subpath.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []).map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      if (xs.length === 0 || ys.length === 0) return false;
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      return points.some(([x, y]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);
    })
    .join('');
}

function isArea(geometry: GeometryObject): geometry is Polygon | MultiPolygon {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

export function basemapPaths(topology: StatesTopology): Basemap {
  const cached = cache.get(topology);
  if (cached) return cached;
  const projection = mapProjection(mapFrame(BASEMAP_REFERENCE));
  const path = geoPath(projection).digits(PATH_DIGITS);
  const kept = topology.objects.states.geometries.filter(
    (g): g is Polygon | MultiPolygon => isArea(g) && !OMITTED_TERRITORIES.has(String(g.id)),
  );
  const basemap: Basemap = {
    land: path(merge(topology, kept)) ?? '',
    borders: path(mesh(topology, topology.objects.states, (a, b) => a !== b)) ?? '',
    insetFrames: keptInsetFrames(projection),
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
