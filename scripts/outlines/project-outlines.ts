/**
 * The state outlines the map draws, projected once when the project derives them
 * (scripts/derive-outlines.ts) rather than in every browser: projecting the 1:10m outlines took a few
 * hundred milliseconds of the page's main thread. The map's own projection at its reference size
 * gives the land (nation), the borders between states and the frames around the insets, then each
 * path is written with relative coordinates in tenths of a reference pixel: the same precision as
 * before, and a smaller file than the TopoJSON it comes from.
 *
 * Guam, the Northern Mariana Islands and American Samoa are left out: no field office sits there
 * (FBI Honolulu covers them), and their small dashed insets would be unexplained clutter in a
 * briefing. Alaska, Hawaii and Puerto Rico (with the Virgin Islands, in its inset) stay.
 */
import { geoPath } from 'd3';
import type { GeoCompositeProjection } from 'd3-composite-projections';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { BASEMAP_REFERENCE, OUTLINE_UNIT } from '../../src/features/office-map/layout/basemap';
import type { Basemap } from '../../src/features/office-map/layout/basemap';
import { mapFrame } from '../../src/features/office-map/layout/projection';
import { libraryPoint, libraryProjection } from './library-projection';

export type StatesTopology = Topology<{ states: GeometryCollection; nation: GeometryCollection }>;

/** FIPS codes of the Pacific territories the map does not draw: American Samoa, Guam, N. Mariana Islands. */
export const OMITTED_TERRITORIES: ReadonlySet<string> = new Set(['60', '66', '69']);

/** One point inside each inset the map keeps ([lon, lat]: Anchorage, Honolulu, San Juan). */
export const KEPT_INSET_POINTS: readonly (readonly [number, number])[] = [
  [-149.9, 61.22],
  [-157.86, 21.31],
  [-66.11, 18.47],
];

/**
 * The projection's composition borders, keeping only the frames that hold a kept inset. The library
 * draws all five frames in one path of closed subpaths; each is picked by what it contains rather
 * than by its position in that path, so a reordering in the library cannot swap a frame silently.
 */
export function keptInsetFrames(projection: GeoCompositeProjection): string {
  const points = KEPT_INSET_POINTS.map(([lon, lat]) => libraryPoint(projection, lon, lat)).filter((p) => p !== null);
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

/** The outlines at the reference size, in reference pixels (absolute M/L/Z path data). */
export function projectOutlines(topology: StatesTopology): Basemap {
  const projection = libraryProjection(mapFrame(BASEMAP_REFERENCE));
  const path = geoPath(projection);
  const kept = topology.objects.states.geometries.filter(
    (g): g is Polygon | MultiPolygon => isArea(g) && !OMITTED_TERRITORIES.has(String(g.id)),
  );
  return {
    land: path(merge(topology, kept)) ?? '',
    borders: path(mesh(topology, topology.objects.states, (a, b) => a !== b)) ?? '',
    insetFrames: keptInsetFrames(projection),
  };
}

/**
 * Absolute path data (M, L, Z with x,y pairs, as d3-geo writes it) → relative whole numbers in units
 * of OUTLINE_UNIT: "M650.4,443.7L653.9,442.9Z" → "m6504,4437l35,-8z". Each point is rounded once, in
 * absolute terms, so rounding errors never add up along a path.
 */
export function relativePath(d: string): string {
  const unit = (value: number): number => Math.round(value / OUTLINE_UNIT);
  let out = '';
  let [x, y] = [0, 0];
  let [startX, startY] = [0, 0];
  for (const [, command = '', args = ''] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      [x, y] = [startX, startY];
      continue;
    }
    const [px = NaN, py = NaN] = args.split(',').map((n) => unit(Number(n)));
    if (!Number.isFinite(px) || !Number.isFinite(py)) throw new Error(`relativePath: cannot read the point "${args}"`);
    const dy = py - y;
    out += `${command === 'M' ? 'm' : 'l'}${px - x}${dy < 0 ? '' : ','}${dy}`;
    [x, y] = [px, py];
    if (command === 'M') [startX, startY] = [px, py];
  }
  return out;
}

/** The file the app fetches: the outlines in relative tenths of a reference pixel. */
export function outlinesFile(topology: StatesTopology): Basemap {
  const outlines = projectOutlines(topology);
  return { land: relativePath(outlines.land), borders: relativePath(outlines.borders), insetFrames: relativePath(outlines.insetFrames) };
}
