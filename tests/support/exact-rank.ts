/**
 * Exact linear algebra for the suppression proof: which unknowns a system of linear equations
 * determines, whatever the values. Unknown h is determined exactly when its unit vector lies in the
 * row space of the coefficient matrix (then some combination of the equations reads "x_h = number");
 * in reduced row echelon form that is exactly when one row is the unit vector e_h (a row-space vector
 * has, at each pivot column, the coefficient of that pivot's row, so e_h can only be h's own row).
 *
 * Rationals over bigint, so no rounding ever decides a verdict. Rows are sparse (a total has a few
 * dozen terms), which keeps the elimination fast.
 */

interface Rational {
  n: bigint;
  d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

function rational(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new RangeError('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

const sub = (a: Rational, b: Rational): Rational => rational(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
const div = (a: Rational, b: Rational): Rational => rational(a.n * b.d, a.d * b.n);
const isOne = (a: Rational): boolean => a.n === 1n && a.d === 1n;

/** One equation's left-hand side: unknown index → integer coefficient. */
export type SparseRow = ReadonlyMap<number, number>;

/** The unknowns (of 0..unknowns−1) that the equations determine, in increasing order. */
export function determinedUnknowns(rows: readonly SparseRow[], unknowns: number): number[] {
  const matrix = rows.map((row) => {
    const entries = new Map<number, Rational>();
    for (const [column, value] of row) if (value !== 0) entries.set(column, rational(BigInt(value)));
    return entries;
  });
  const pivotRows: Map<number, Rational>[] = [];
  let free = matrix;
  for (let column = 0; column < unknowns; column++) {
    const index = free.findIndex((row) => row.has(column));
    if (index < 0) continue;
    const pivot = free[index];
    if (!pivot) continue;
    free = free.filter((_, i) => i !== index);
    const lead = pivot.get(column) ?? rational(1n);
    for (const [key, value] of pivot) pivot.set(key, div(value, lead));
    // Reduced form: clear the pivot column from every other row, the pivot rows found before included.
    for (const row of [...free, ...pivotRows]) {
      const factor = row.get(column);
      if (!factor) continue;
      for (const [key, value] of pivot) {
        const next = sub(row.get(key) ?? rational(0n), mul(factor, value));
        if (next.n === 0n) row.delete(key);
        else row.set(key, next);
      }
    }
    pivotRows.push(pivot);
  }
  return pivotRows
    .filter((row) => row.size === 1 && [...row.values()].every(isOne))
    .map((row) => [...row.keys()][0] ?? -1)
    .sort((a, b) => a - b);
}
