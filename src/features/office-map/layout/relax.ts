/**
 * Pulls apart symbols that sit on top of each other, so New York and Newark (2 px apart at a
 * desktop width), Philadelphia, Baltimore and Washington can each be seen, hovered and clicked.
 *
 * Why relaxation rather than a zoomed inset: every office stays on the one national map at every
 * zoom level, a displaced symbol keeps a leader line to its city, and the rule is small enough to
 * test exactly. Symbols may still overlap (proportional symbols do), but never so much that one
 * hides another's centre: two symbols end at least `max(r1, r2) + gap` apart, and at least
 * MIN_SEPARATION apart so the small fixed markers of "zero" and "not reported" stay distinct.
 * The smaller symbol moves more, so large values stay on their cities.
 */

export interface RelaxItem {
  x: number;
  y: number;
  r: number;
}

export const MIN_SEPARATION = 9;
export const GAP = 1;
const SPRING = 0.1;
const SPRING_ITERATIONS = 40;
const MAX_ITERATIONS = 300;
/** Overlaps smaller than this (px) count as resolved: invisible, and they end the loop early. */
const TOLERANCE = 0.01;
/** Golden angle: spreads exactly coincident pairs in distinct, repeatable directions. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function requiredSeparation(a: RelaxItem, b: RelaxItem): number {
  return Math.max(MIN_SEPARATION, Math.max(a.r, b.r) + GAP);
}

/**
 * Pairs whose cities lie close enough that they may ever need pulling apart: a symbol moves at most a
 * few separations from its city, so pairs farther apart than this never touch. Checking only these
 * (about a hundred of the 56 offices' 1,540 pairs) makes a relayout on a filter change cheap.
 */
const NEAR_FACTOR = 4;

type Pair = readonly [number, number];

function nearPairs(items: readonly RelaxItem[], all: boolean): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = items[i];
      const b = items[j];
      if (!a || !b) continue;
      const reach = NEAR_FACTOR * requiredSeparation(a, b);
      if (all || (Math.abs(a.x - b.x) < reach && Math.abs(a.y - b.y) < reach)) pairs.push([i, j]);
    }
  }
  return pairs;
}

/** Positions after relaxation, in the input order; each stays inside the width × height box. */
export function relaxPositions(
  items: readonly RelaxItem[],
  width: number,
  height: number,
): { x: number; y: number }[] {
  const near = relaxAmong(items, width, height, nearPairs(items, false));
  // The near pairs settle nearly every layout; should a far pair still touch, relax over every pair.
  return separate(items, near.map((p) => ({ ...p })), nearPairs(items, true)) ? relaxAmong(items, width, height, nearPairs(items, true)) : near;
}

function relaxAmong(items: readonly RelaxItem[], width: number, height: number, pairs: readonly Pair[]): { x: number; y: number }[] {
  const pos = items.map((item) => ({ x: item.x, y: item.y }));
  const clamp = (i: number): void => {
    const p = pos[i];
    const item = items[i];
    if (!p || !item) return;
    p.x = Math.min(Math.max(p.x, item.r), width - item.r);
    p.y = Math.min(Math.max(p.y, item.r), height - item.r);
  };
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration += 1) {
    const moved = separate(items, pos, pairs);
    if (iteration < SPRING_ITERATIONS) {
      // Early on, a spring back to the city keeps the cluster compact; later only separation acts.
      pos.forEach((p, i) => {
        const item = items[i];
        if (!item) return;
        p.x += (item.x - p.x) * SPRING;
        p.y += (item.y - p.y) * SPRING;
      });
    }
    pos.forEach((_, i) => clamp(i));
    if (!moved && iteration >= SPRING_ITERATIONS) break;
  }
  return pos;
}

/** One pass over the pairs; true when any pair was too close. */
function separate(items: readonly RelaxItem[], pos: { x: number; y: number }[], pairs: readonly Pair[]): boolean {
  let moved = false;
  for (const [i, j] of pairs) {
    const a = items[i];
    const b = items[j];
    const pa = pos[i];
    const pb = pos[j];
    if (!a || !b || !pa || !pb) continue;
    const required = requiredSeparation(a, b);
    let dx = pb.x - pa.x;
    let dy = pb.y - pa.y;
    let distance = Math.hypot(dx, dy);
    if (distance >= required - TOLERANCE) continue;
    if (distance < 1e-6) {
      const angle = GOLDEN_ANGLE * (i + j + 1);
      dx = Math.cos(angle);
      dy = Math.sin(angle);
      distance = 1;
    }
    const push = required - Math.hypot(pb.x - pa.x, pb.y - pa.y);
    // Area-weighted shares: the smaller symbol gives way.
    const areaA = a.r * a.r;
    const areaB = b.r * b.r;
    const shareA = areaA + areaB > 0 ? areaB / (areaA + areaB) : 0.5;
    const ux = dx / distance;
    const uy = dy / distance;
    pa.x -= ux * push * shareA;
    pa.y -= uy * push * shareA;
    pb.x += ux * push * (1 - shareA);
    pb.y += uy * push * (1 - shareA);
    moved = true;
  }
  return moved;
}
