/**
 * Keyboard order over the map: an arrow key moves to the nearest office in that direction on
 * screen, so the keys follow the geography (Denver → Right → Omaha), and Home/End go to the
 * westernmost and easternmost office. Pure: positions in, an office id out.
 */
import { compareIds } from '../../../domain/text-order';

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface NavPoint {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, readonly [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * Sideways distance counts double: of two offices equally far ahead, the one straight ahead wins,
 * and a far office straight ahead can beat a near one off to the side.
 */
const ACROSS_WEIGHT = 2;

export function neighbourInDirection(
  points: readonly NavPoint[],
  fromId: string,
  direction: Direction,
): string | null {
  const from = points.find((p) => p.id === fromId);
  if (!from) return null;
  const [ux, uy] = UNIT[direction];
  let best: { id: string; score: number } | null = null;
  for (const point of points) {
    if (point.id === fromId) continue;
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    const along = dx * ux + dy * uy;
    if (along <= 0.5) continue;
    const across = Math.abs(dx * uy - dy * ux);
    const score = along + ACROSS_WEIGHT * across;
    if (!best || score < best.score || (score === best.score && point.id < best.id)) {
      best = { id: point.id, score };
    }
  }
  return best?.id ?? null;
}

/** West to east (then north to south): the order of Home and End and of a first focus. */
export function westToEast(points: readonly NavPoint[]): string[] {
  return [...points].sort((a, b) => a.x - b.x || a.y - b.y || compareIds(a.id, b.id)).map((p) => p.id);
}
