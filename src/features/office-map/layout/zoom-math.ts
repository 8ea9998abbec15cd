/**
 * The map's zoom as pure numbers. A transform { k, x, y } draws the map point p at (x, y) + k · p on
 * screen; the frame is width × height; the map at zoom 1 fills the frame exactly. Every function
 * returns a transform within the limits: zoom between 1 and 8, and the map never leaving its frame.
 */
import type { MapSize } from './projection';
import type { ZoomState } from './zoomed';

export type Point = readonly [number, number];

export const MIN_ZOOM = 1;
/** Eight times is enough to tell New York, Newark and Philadelphia apart at a phone's width. */
export const MAX_ZOOM = 8;

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

export function clampScale(k: number): number {
  return clamp(k, MIN_ZOOM, MAX_ZOOM);
}

/**
 * The nearest transform that keeps the map over its whole frame: at zoom k the map is k frames wide,
 * so its left edge x lies between width − k · width (right edges meet) and 0 (left edges meet).
 */
export function constrainZoom(zoom: ZoomState, size: MapSize): ZoomState {
  const k = clampScale(zoom.k);
  return {
    k,
    x: clamp(zoom.x, size.width * (1 - k), 0),
    y: clamp(zoom.y, size.height * (1 - k), 0),
  };
}

/** The map point (at zoom 1) under a point of the screen. */
export function mapPointAt(zoom: ZoomState, screen: Point): Point {
  return [(screen[0] - zoom.x) / zoom.k, (screen[1] - zoom.y) / zoom.k];
}

/** Zoom to k keeping the map point under `screen` where it is (the pointer, or the frame's centre). */
export function zoomAbout(zoom: ZoomState, k: number, screen: Point, size: MapSize): ZoomState {
  const [mx, my] = mapPointAt(zoom, screen);
  const next = clampScale(k);
  return constrainZoom({ k: next, x: screen[0] - mx * next, y: screen[1] - my * next }, size);
}

export function frameCentre(size: MapSize): Point {
  return [size.width / 2, size.height / 2];
}

/** Pans, keeping the zoom, so the map point [x, y] (at zoom 1) is at the frame's centre, or as near as the frame allows. */
export function centreOn(zoom: ZoomState, point: Point, size: MapSize): ZoomState {
  const [cx, cy] = frameCentre(size);
  return constrainZoom({ k: zoom.k, x: cx - zoom.k * point[0], y: cy - zoom.k * point[1] }, size);
}

/**
 * The factor one wheel event zooms by (the rates of d3's zoom, which readers know from other maps): a pixel
 * of scroll is 0.002 of a doubling, a line 0.05, a page 1. A trackpad pinch arrives as a Ctrl + wheel
 * of a few pixels, so with Ctrl held the rate is ten times higher. Scrolling down zooms out.
 */
export function wheelFactor(wheel: { deltaY: number; deltaMode: number; ctrlKey: boolean }): number {
  const perUnit = wheel.deltaMode === 1 ? 0.05 : wheel.deltaMode === 2 ? 1 : 0.002;
  return 2 ** (-wheel.deltaY * perUnit * (wheel.ctrlKey ? 10 : 1));
}

function centroid(points: readonly Point[]): Point {
  const n = Math.max(1, points.length);
  return [points.reduce((sum, p) => sum + p[0], 0) / n, points.reduce((sum, p) => sum + p[1], 0) / n];
}

function spread(points: readonly Point[]): number {
  const [a, b] = points;
  return a && b ? Math.hypot(b[0] - a[0], b[1] - a[1]) : 0;
}

/**
 * The transform that keeps the map under the reader's pointers: `start` was the transform when they
 * were at `from`, and they are now at `to` (same order). One pointer pans; two also zoom by how far
 * they moved apart, about their midpoint (a pinch).
 */
export function followPointers(start: ZoomState, from: readonly Point[], to: readonly Point[], size: MapSize): ZoomState {
  const [before, after] = [spread(from), spread(to)];
  const k = before > 0 && after > 0 ? clampScale((start.k * after) / before) : start.k;
  const [mx, my] = mapPointAt(start, centroid(from));
  const [cx, cy] = centroid(to);
  return constrainZoom({ k, x: cx - mx * k, y: cy - my * k }, size);
}

/** Slow, fast, slow: the ease d3's transitions used, so zooming feels as it did. */
export function easeCubicInOut(t: number): number {
  const u = clamp(t, 0, 1) * 2;
  return (u <= 1 ? u * u * u : (u - 2) * (u - 2) * (u - 2) + 2) / 2;
}

/**
 * The transform a fraction t of the way from one to another: the zoom changes by a constant factor
 * per step (so zooming in and out feel alike), and the map point at the frame's centre moves in a
 * straight line, so zooming about the centre keeps the centre still.
 */
export function interpolateZoom(from: ZoomState, to: ZoomState, t: number, size: MapSize): ZoomState {
  if (t <= 0) return from;
  if (t >= 1) return to;
  const k = from.k * (to.k / from.k) ** t;
  const centre = frameCentre(size);
  const [ax, ay] = mapPointAt(from, centre);
  const [bx, by] = mapPointAt(to, centre);
  const [mx, my] = [ax + (bx - ax) * t, ay + (by - ay) * t];
  return constrainZoom({ k, x: centre[0] - mx * k, y: centre[1] - my * k }, size);
}
