/**
 * The proof that release mode gives no hidden count away, built from the raw dataset and the
 * suppressed model alone (not from src/domain/suppression-grid.ts, so a total the grid forgot would
 * show up here). For each edition:
 *
 * - Unknowns: the cells the model hides whose value is not public (a published figure hidden on
 *   request is public, so it is a known number like every shown cell).
 * - Equations, what a reader can add up: per metric, the offices less the national figure (or the
 *   table's sum row where there is none); per place, each sum of metrics where it holds (total =
 *   parts, a part not reported as 0). Known cells move to the constant.
 * - Ranges, what a reader learns from a label: "<K" is 1..K−1; "hidden" is 1 or more (zeros are never
 *   hidden); a hidden cell whose value is K or more is given K or more, a narrower range, so a proof
 *   with it holds a fortiori.
 *
 * Two checks, both exact:
 * 1. Rank (exact-rank.ts): no unknown is a linear combination of the equations, whatever the ranges.
 * 2. Witness: for every unknown whose label allows two values, another table of whole numbers that
 *    keeps every equation and every range and differs in that cell. The search walks the equations
 *    (each unknown is in at most two of them, checked), but its result is only trusted after
 *    substitution into every equation and range, so a wrong search can fail the proof, never pass it.
 */
import { NATIONAL } from '../../src/data/types';
import type { Dataset, Observation } from '../../src/data/types';
import { suppressionStatus } from '../../src/domain/suppression';
import type { MetricSum, SuppressionModel } from '../../src/domain/suppression';
import { determinedUnknowns } from './exact-rank';

export interface ProofUnknown {
  cell: Observation;
  value: number;
  lower: number;
  upper: number;
}

export interface ProofEquation {
  name: string;
  /** Unknown index → coefficient (+1 for a part, −1 for a total). */
  terms: Map<number, number>;
  /** The unknowns' weighted sum, which a reader can compute from the shown figures. */
  constant: number;
}

export interface ProofProblem {
  editionId: string;
  unknowns: ProofUnknown[];
  equations: ProofEquation[];
}

const key = (...parts: string[]): string => parts.join('\u0000');

export function proofProblems(dataset: Dataset, model: SuppressionModel, metricSums: readonly MetricSum[]): ProofProblem[] {
  const outcome = dataset.metrics.filter((metric) => metric.kind === 'outcome').map((metric) => metric.id);
  const places = [...dataset.offices.map((office) => office.id), NATIONAL];
  const cells = new Map<string, Observation>();
  for (const o of dataset.observations) if (o.value !== null) cells.set(key(o.editionId, o.place, o.metricId), o);
  const K = model.threshold;

  return dataset.editions.map((edition) => {
    const unknowns: ProofUnknown[] = [];
    const indexOf = new Map<Observation, number>();
    for (const place of places) {
      for (const metricId of outcome) {
        const cell = cells.get(key(edition.id, place, metricId));
        if (!cell || cell.value === null || cell.origin === 'published') continue;
        const status = suppressionStatus(model, cell);
        if (status === 'shown') continue;
        const lower = status === 'primary' ? 1 : cell.value >= K ? K : 1;
        indexOf.set(cell, unknowns.length);
        unknowns.push({ cell, value: cell.value, lower, upper: status === 'primary' ? K - 1 : Infinity });
      }
    }
    const equations: ProofEquation[] = [];
    const equation = (name: string, members: readonly { cell: Observation | undefined; sign: number }[]): void => {
      const terms = new Map<number, number>();
      let constant = 0;
      for (const { cell, sign } of members) {
        const index = cell ? indexOf.get(cell) : undefined;
        if (index === undefined) continue;
        terms.set(index, sign);
        constant += sign * (cell?.value ?? 0);
      }
      if (terms.size > 0) equations.push({ name, terms, constant });
    };
    for (const metricId of outcome) {
      const members = places.map((place) => ({ cell: cells.get(key(edition.id, place, metricId)), sign: place === NATIONAL ? -1 : 1 }));
      equation(`offices ${metricId}`, members);
    }
    for (const sum of metricSums) {
      for (const place of places) {
        const total = cells.get(key(edition.id, place, sum.total));
        if (!total) continue;
        const parts = sum.parts.map((part) => cells.get(key(edition.id, place, part)));
        if (parts.reduce((a, part) => a + (part?.value ?? 0), 0) !== total.value) continue;
        equation(`${sum.total} at ${place}`, [{ cell: total, sign: -1 }, ...parts.map((cell) => ({ cell, sign: 1 }))]);
      }
    }
    return { editionId: edition.id, unknowns, equations };
  });
}

/** Unknowns a combination of the equations gives exactly (check 1). */
export function linearlyDetermined(problem: ProofProblem): ProofUnknown[] {
  const found = determinedUnknowns(problem.equations.map((e) => e.terms), problem.unknowns.length);
  return found.flatMap((index) => problem.unknowns[index] ?? []);
}

/** Does this other table keep every equation and every range? Plain substitution. */
export function isAlternative(problem: ProofProblem, values: readonly number[]): boolean {
  const inRange = problem.unknowns.every((u, i) => {
    const v = values[i];
    return v !== undefined && Number.isInteger(v) && v >= u.lower && v <= u.upper;
  });
  return inRange && problem.equations.every((e) => [...e.terms].reduce((sum, [i, c]) => sum + c * (values[i] ?? NaN), 0) === e.constant);
}

export interface WitnessResult {
  /** Unknowns shown to take two values by a verified alternative table. */
  free: Set<number>;
  /** Unknowns with a range of two values or more that no alternative was found for. */
  pinned: ProofUnknown[];
  /** How many alternative tables it took. */
  tables: number;
}

/** Check 2: an alternative table for every unknown whose label allows two values. */
export function findWitnesses(problem: ProofProblem): WitnessResult {
  const { unknowns, equations } = problem;
  const membership = unknowns.map(() => [] as number[]);
  equations.forEach((e, index) => {
    for (const i of e.terms.keys()) membership[i]?.push(index);
  });
  if (membership.some((list) => list.length > 2)) throw new Error(`${problem.editionId}: a cell is in more than two totals; use an LP`);
  const free = new Set<number>();
  const pinned: ProofUnknown[] = [];
  let tables = 0;
  unknowns.forEach((unknown, h) => {
    if (free.has(h) || unknown.upper <= unknown.lower) return;
    for (const direction of [1, -1]) {
      const delta = cycleThrough(problem, membership, h, direction);
      if (!delta) continue;
      const values = unknowns.map((u, i) => u.value + (delta.get(i) ?? 0));
      if (!isAlternative(problem, values) || values[h] === unknown.value) continue;
      tables++;
      values.forEach((v, i) => {
        if (v !== unknowns[i]?.value) free.add(i);
      });
      return;
    }
    pinned.push(unknown);
  });
  return { free, pinned, tables };
}

/**
 * Breadth-first search for a change that moves unknown h by `direction` and keeps every equation:
 * each equation left unbalanced is balanced by moving another of its unknowns, which unbalances that
 * unknown's other equation, until the change reaches h's other equation with the amount h's move
 * cancels, or an unknown in one equation only (the "ground", where any unknown in one equation can
 * carry it on).
 */
function cycleThrough(problem: ProofProblem, membership: readonly number[][], h: number, direction: number): Map<number, number> | null {
  const { unknowns, equations } = problem;
  const GROUND = equations.length;
  const coefficient = (e: number, i: number): number => equations[e]?.terms.get(i) ?? 0;
  const canMove = (i: number, d: number): boolean => {
    const u = unknowns[i];
    return u !== undefined && u.value + d >= u.lower && u.value + d <= u.upper;
  };
  if (!canMove(h, direction)) return null;
  const [first, second] = membership[h] ?? [];
  if (first === undefined) return new Map([[h, direction]]);
  const goal = second === undefined ? `${GROUND}` : `${second}:${-coefficient(second, h) * direction}`;
  type State = { node: number; imbalance: number; via?: { unknown: number; delta: number; from: string } };
  const start = `${first}:${coefficient(first, h) * direction}`;
  const states = new Map<string, State>([[start, { node: first, imbalance: coefficient(first, h) * direction }]]);
  const queue = [start];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    if (at === goal) {
      const delta = new Map<number, number>([[h, direction]]);
      for (let state = states.get(at); state?.via; state = states.get(state.via.from)) {
        delta.set(state.via.unknown, (delta.get(state.via.unknown) ?? 0) + state.via.delta);
      }
      return delta;
    }
    const state = states.get(at);
    if (!state) continue;
    const moves: { unknown: number; delta: number }[] = [];
    if (state.node === GROUND) {
      unknowns.forEach((_, i) => {
        if (i !== h && membership[i]?.length === 1) moves.push({ unknown: i, delta: 1 }, { unknown: i, delta: -1 });
      });
    } else {
      for (const i of equations[state.node]?.terms.keys() ?? []) {
        if (i !== h) moves.push({ unknown: i, delta: -state.imbalance * coefficient(state.node, i) });
      }
    }
    for (const move of moves) {
      if (!canMove(move.unknown, move.delta)) continue;
      const other = (membership[move.unknown] ?? []).find((e) => e !== state.node);
      const fromGround = state.node === GROUND;
      const node = fromGround ? (membership[move.unknown]?.[0] ?? GROUND) : (other ?? GROUND);
      const imbalance = node === GROUND ? 0 : coefficient(node, move.unknown) * move.delta;
      const id = node === GROUND ? `${GROUND}` : `${node}:${imbalance}`;
      if (states.has(id)) continue;
      states.set(id, { node, imbalance, via: { ...move, from: at } });
      queue.push(id);
    }
  }
  return null;
}
