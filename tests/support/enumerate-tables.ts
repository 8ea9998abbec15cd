/**
 * Brute force for small tables: every table of whole numbers that agrees with what a reader sees
 * (the equations and ranges of a ProofProblem), found by depth-first search with interval pruning.
 * No theory is involved, so it checks the rank and witness checks, and the network algorithm, on
 * tables small enough to enumerate. Ranges without an upper end are capped at `cap`, which the caller
 * must choose as a true bound (e.g. the largest published national figure, when every unknown is
 * part of a published total).
 */
import type { ProofProblem } from './suppression-proof';

/**
 * The values each unknown takes over all agreeing tables. Stops early once every unknown has shown
 * two values (none is determined); otherwise searches everything, so a single value is a proof that
 * the cell is determined.
 */
export function valuesPerUnknown(problem: ProofProblem, cap: number): Set<number>[] {
  const { unknowns, equations } = problem;
  const lower = unknowns.map((u) => u.lower);
  const upper = unknowns.map((u) => Math.min(u.upper, cap));
  const seen = unknowns.map(() => new Set<number>());
  const assigned: (number | undefined)[] = unknowns.map(() => undefined);
  const byUnknown = unknowns.map((_, i) => equations.filter((e) => e.terms.has(i)));
  let settled = 0;

  const feasible = (i: number): boolean =>
    (byUnknown[i] ?? []).every((equation) => {
      let low = 0;
      let high = 0;
      for (const [j, c] of equation.terms) {
        const value = assigned[j];
        if (value !== undefined) {
          low += c * value;
          high += c * value;
        } else {
          low += c > 0 ? c * (lower[j] ?? 0) : c * (upper[j] ?? 0);
          high += c > 0 ? c * (upper[j] ?? 0) : c * (lower[j] ?? 0);
        }
      }
      return low <= equation.constant && equation.constant <= high;
    });

  const search = (i: number): boolean => {
    if (i === unknowns.length) {
      assigned.forEach((value, j) => {
        const values = seen[j];
        if (value === undefined || !values || values.has(value)) return;
        values.add(value);
        if (values.size === 2) settled++;
      });
      return settled === unknowns.length;
    }
    for (let value = lower[i] ?? 0; value <= (upper[i] ?? -1); value++) {
      assigned[i] = value;
      if (feasible(i) && search(i + 1)) return true;
    }
    assigned[i] = undefined;
    return false;
  };
  search(0);
  return seen;
}
