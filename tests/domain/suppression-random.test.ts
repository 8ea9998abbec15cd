// @vitest-environment node
/**
 * Release mode on 500 random small tables (a fixed seed, so every run is the same), each at a random
 * K: brute force over every table of whole numbers a reader could take for the real one says which
 * hidden counts are determined, and that must be exactly the cells the model owns up to as exposed
 * (and the "<2" cells, which their label fixes at 1), and an exposed cell must stay determined even
 * with every count that may be hidden hidden. The rank and witness checks of the proof must agree
 * with the brute force.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../mocks/sample/prng';
import type { Random } from '../../mocks/sample/prng';
import { NATIONAL } from '../../src/data/types';
import type { Dataset, Origin } from '../../src/data/types';
import { METRIC_SUMS } from '../../src/domain/suppression';
import { suppressCounts } from '../../src/domain/suppress-counts';
import type { SuppressionModel } from '../../src/domain/suppression';
import type { TableCell, TableMetric } from '../fixtures/suppression-tables';
import { patternModel, tableDataset } from '../fixtures/suppression-tables';
import { valuesPerUnknown } from '../support/enumerate-tables';
import { findWitnesses, linearlyDetermined, proofProblems } from '../support/suppression-proof';

const pick = <T,>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** A count as offices report them: often zero or small, sometimes large, now and then not reported. */
function count(random: Random): number | null {
  const roll = random();
  if (roll < 0.2) return 0;
  if (roll < 0.6) return 1 + Math.floor(random() * 6);
  if (roll < 0.92) return 7 + Math.floor(random() * 14);
  return null;
}

function randomTable(random: Random): Dataset {
  const offices = ['a', 'b', 'c', 'd'].slice(0, 2 + Math.floor(random() * 3));
  const cells: TableCell[] = [];
  const add = (place: string, metric: TableMetric, value: number | null): void => {
    const origin: Origin = random() < 0.1 ? 'published' : 'synthetic';
    cells.push({ place, metric, value, origin });
  };
  for (const office of offices) {
    const minor = count(random);
    const adult = count(random);
    add(office, 'minor-victims', minor);
    add(office, 'adult-victims', adult);
    // Most offices' all victims is minor + adult; some count it apart, as the sample does.
    add(office, 'total-victims', random() < 0.6 ? (minor ?? 0) + (adult ?? 0) : count(random));
    if (random() < 0.6) add(office, 'traffickers', count(random));
  }
  for (const metric of ['minor-victims', 'adult-victims', 'total-victims', 'traffickers'] as const) {
    const parts = cells.filter((cell) => cell.metric === metric);
    if (parts.length === 0) continue;
    const sum = parts.reduce((a, cell) => a + (cell.value ?? 0), 0);
    cells.push({ place: NATIONAL, metric, value: sum, origin: 'published' });
  }
  return tableDataset(cells);
}

/**
 * Every count release mode may hide, hidden: "<K" for a 1 at K = 2 (its label is all a reader gets
 * there), "hidden" for everything else. The widest a reader's uncertainty can be.
 */
function mostHidden(dataset: Dataset, K: number): SuppressionModel {
  const outcome = new Set(dataset.metrics.filter((m) => m.kind === 'outcome').map((m) => m.id));
  const hidden = dataset.observations.flatMap((o): [string, string, 'primary' | 'complementary'][] => {
    if (!outcome.has(o.metricId) || o.origin === 'published' || !o.value) return [];
    return [[o.place, o.metricId, K === 2 && o.value === 1 ? 'primary' : 'complementary']];
  });
  return patternModel(K, hidden);
}

describe('release mode on random small tables, against brute force', () => {
  const random = mulberry32(20240614);
  const cases = Array.from({ length: 500 }, (_, i) => ({ i, dataset: randomTable(random), K: pick(random, [2, 3, 3, 4, 5, 6, 7]) }));

  it('hides no count that a reader could work out, except those it owns up to', () => {
    const failures: string[] = [];
    let hiddenTotal = 0;
    let complementaryTotal = 0;
    let exposedTotal = 0;
    for (const { i, dataset, K } of cases) {
      const model = suppressCounts(dataset, { threshold: K });
      hiddenTotal += model.hidden.size;
      complementaryTotal += model.counts.complementary;
      exposedTotal += model.counts.exposed;
      const exposed = new Set(model.exposed.map((ref) => `${ref.place} ${ref.metricId}`));
      // Every unknown is part of a published national total, so the largest one bounds them all.
      const cap = Math.max(0, ...dataset.observations.filter((o) => o.place === NATIONAL).map((o) => o.value ?? 0));
      for (const problem of proofProblems(dataset, model, METRIC_SUMS)) {
        const values = valuesPerUnknown(problem, cap);
        const determined = new Set(linearlyDetermined(problem).map((u) => u.cell));
        const { pinned } = findWitnesses(problem);
        problem.unknowns.forEach((unknown, u) => {
          const name = `${unknown.cell.place} ${unknown.cell.metricId}`;
          const single = (values[u]?.size ?? 0) === 1;
          const labelled = unknown.upper <= unknown.lower;
          const where = `table ${i} (K = ${K}): ${name} = ${unknown.value}`;
          // Brute force: determined exactly when exposed (a "<2" is fixed by its label, not by the totals).
          if (single !== (exposed.has(name) || labelled)) failures.push(`${where}: brute force ${single ? 'determined' : 'free'}`);
          // The rank check: a linear combination of totals gives only cells brute force finds determined.
          if (determined.has(unknown.cell) && !single) failures.push(`${where}: rank says determined, brute force not`);
          if (labelled && determined.has(unknown.cell) !== exposed.has(name)) failures.push(`${where}: rank and model disagree`);
          // The witness check finds an alternative exactly when brute force does.
          if (!labelled && pinned.includes(unknown) !== single) failures.push(`${where}: witness and brute force disagree`);
        });
      }
      // Exposed means nothing could have saved it: still determined with every count that may be
      // hidden shown as "hidden" (range 1 and up), the most a reader can be denied. (The witness
      // check, which agrees with brute force above, is fast enough for these wider tables.)
      for (const problem of proofProblems(dataset, mostHidden(dataset, K), METRIC_SUMS)) {
        const determined = new Set(linearlyDetermined(problem).map((u) => u.cell));
        const pinned = new Set(findWitnesses(problem).pinned.map((u) => u.cell));
        for (const unknown of problem.unknowns) {
          const name = `${unknown.cell.place} ${unknown.cell.metricId}`;
          const stillDetermined = unknown.upper <= unknown.lower ? determined.has(unknown.cell) : pinned.has(unknown.cell);
          if (exposed.has(name) && !stillDetermined) failures.push(`table ${i} (K = ${K}): ${name} exposed, but hiding more would save it`);
        }
      }
    }
    expect(failures).toEqual([]);
    // The tables exercise what they should: many hidden cells, complementary ones, and a few exposed.
    expect(hiddenTotal).toBeGreaterThan(1000);
    expect(complementaryTotal).toBeGreaterThan(50);
    expect(exposedTotal).toBeGreaterThan(0);
  });
});
