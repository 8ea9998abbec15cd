// @vitest-environment node
/**
 * The proof, on the sample dataset at every K from 2 to 20: for every edition, metric and office,
 * each hidden count is (1) no linear combination of what a reader can add up (exact rank check over
 * the rationals) and (2), where its label allows two values, not pinned by the labels' ranges either:
 * another table of whole numbers keeps every shown figure, total and label and differs in that cell
 * (checked by substitution). How both work: tests/support/suppression-proof.ts.
 */
import { describe, expect, it } from 'vitest';
import { generateSampleDataset } from '../../mocks/sample/generate-sample';
import { METRIC_SUMS, suppressionStatus } from '../../src/domain/suppression';
import { suppressCounts } from '../../src/domain/suppress-counts';
import type { Observation } from '../../src/data/types';
import { loadCommittedDataset } from '../published/committed-package';
import { findWitnesses, linearlyDetermined, proofProblems } from '../support/suppression-proof';

const sample = generateSampleDataset(loadCommittedDataset());
const outcome = new Set(sample.metrics.filter((metric) => metric.kind === 'outcome').map((metric) => metric.id));
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => i + 2);
const where = (cell: Observation): string => `${cell.editionId} ${cell.place} ${cell.metricId} = ${cell.value ?? 'not reported'}`;

describe('release mode on the sample dataset', () => {
  it.each(THRESHOLDS)('K = %i: every count from 1 to K−1 not published is hidden, and nothing else but complementary cells', (K) => {
    const model = suppressCounts(sample, { threshold: K });
    const wrong = sample.observations.flatMap((cell) => {
      const status = suppressionStatus(model, cell);
      const small = cell.value !== null && cell.value > 0 && cell.value < K;
      const mustHide = outcome.has(cell.metricId) && cell.origin !== 'published' && small;
      // A complementary cell is a count not published (zeros, blanks, published and scale figures never are).
      const mayHide = mustHide || (outcome.has(cell.metricId) && cell.origin !== 'published' && (cell.value ?? 0) > 0);
      if (mustHide && status === 'shown') return [`shown: ${where(cell)}`];
      if (!mayHide && status !== 'shown') return [`hidden: ${where(cell)}`];
      if (status === 'primary' && !small) return [`"<${K}" but not small: ${where(cell)}`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it.each(THRESHOLDS)('K = %i: no hidden count is determined by the shown cells, totals and labels', (K) => {
    const model = suppressCounts(sample, { threshold: K });
    expect(model.exposed).toEqual([]);
    let unknowns = 0;
    for (const problem of proofProblems(sample, model, METRIC_SUMS)) {
      unknowns += problem.unknowns.length;
      expect(linearlyDetermined(problem).map((u) => where(u.cell))).toEqual([]);
      const { free, pinned } = findWitnesses(problem);
      expect(pinned.map((u) => where(u.cell))).toEqual([]);
      // Every unknown a label leaves two values is covered by a verified alternative table.
      const ranged = problem.unknowns.filter((u) => u.upper > u.lower).length;
      expect(free.size).toBeGreaterThanOrEqual(ranged);
    }
    // The proof looked at every hidden cell that is not public.
    const hiddenPrivate = sample.observations.filter((cell) => cell.origin !== 'published' && suppressionStatus(model, cell) !== 'shown');
    expect(unknowns).toBe(hiddenPrivate.length);
    expect(unknowns).toBeGreaterThan(0);
  });

  it('fails a model that ignores all victims = minor + adult: the proof is not vacuous', () => {
    const blind = THRESHOLDS.flatMap((K) => {
      const model = suppressCounts(sample, { threshold: K, metricSums: [] });
      return proofProblems(sample, model, METRIC_SUMS).flatMap((problem) => [
        ...linearlyDetermined(problem).map((u) => `K = ${K}: ${where(u.cell)}`),
        ...findWitnesses(problem).pinned.map((u) => `K = ${K}: ${where(u.cell)}`),
      ]);
    });
    expect(blind.length).toBeGreaterThan(0);
  });
});
