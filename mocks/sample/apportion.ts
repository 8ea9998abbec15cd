/**
 * Splits a non-negative integer total into integer shares proportional to weights, summing exactly to
 * the total (largest-remainder method). Rounding each share on its own would drift from the total by a
 * few units, and the sample data promises that office values add up to the national figure exactly.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  if (weights.length === 0) throw new RangeError('cannot apportion over zero shares');
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  // Equal weights when every weight is zero keep the split defined.
  const quotas = weights.map((w) => (weightSum > 0 ? (total * w) / weightSum : total / weights.length));
  const shares = quotas.map(Math.floor);
  let left = total - shares.reduce((sum, s) => sum + s, 0);
  // Hand the units lost to flooring to the largest fractional parts; ties go to the earlier index so
  // the result never depends on sort stability.
  const order = quotas
    .map((q, index) => ({ index, fraction: q - Math.floor(q) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}
