import { describe, expect, it } from 'vitest';
import { compareWithPrevious } from '../../src/domain/comparison';
import { indexDataset } from '../../src/domain/dataset-index';
import type { DatasetIndex } from '../../src/domain/dataset-index';
import { describeComparison } from '../../src/domain/describe-comparison';
import { miniDataset } from '../fixtures/mini-dataset';

function edition(index: DatasetIndex, id: string) {
  const found = index.editionById.get(id);
  if (!found) throw new Error(`fixture has no edition ${id}`);
  return found;
}

describe('compareWithPrevious', () => {
  const index = indexDataset(miniDataset());

  it('computes the exact change within one comparability group', () => {
    const result = compareWithPrevious(index, edition(index, 'IV'), 'national', 'minor-victims');
    expect(result).toMatchObject({ kind: 'change', delta: -13, exact: true });
    expect(result.kind === 'change' && result.previous.id).toBe('III');
    expect(result.kind === 'change' && result.ratio).toBeCloseTo(-0.25, 10);
    expect(describeComparison(result)).toBe('−13 (−25%) vs 52 in OCC III (2010)');
  });

  it('reads "not comparable" across a wording change', () => {
    const result = compareWithPrevious(index, edition(index, 'III'), 'national', 'minor-victims');
    expect(result).toMatchObject({
      kind: 'not-comparable',
      previousWording: 'children recovered',
      currentWording: 'minor victims identified',
    });
    expect(describeComparison(result)).toBe(
      'Not comparable with OCC II (2008): the release wording changed from “children recovered” to “minor victims identified”',
    );
  });

  it('does no exact arithmetic against a lower bound', () => {
    const result = compareWithPrevious(index, edition(index, 'IV'), 'national', 'total-victims');
    expect(result.kind).toBe('bounds');
    expect(describeComparison(result)).toBe(
      'Change unknown: 200+ in OCC III (2010) and this figure include lower bounds',
    );
  });

  it('marks a change against a "nearly" figure as approximate', () => {
    const result = compareWithPrevious(index, edition(index, 'II'), 'national', 'total-arrests');
    expect(result).toMatchObject({ kind: 'change', delta: -58, exact: false });
    expect(describeComparison(result)).toBe('about −58 (−8%) vs ≈700 in OCC I (2008)');
  });

  it('says when nothing was reported or nothing came before', () => {
    expect(compareWithPrevious(index, edition(index, 'III'), 'national', 'total-arrests').kind).toBe('not-reported');
    expect(compareWithPrevious(index, edition(index, 'I'), 'national', 'minor-victims').kind).toBe('no-previous');
  });

  it('treats a published zero as a value, and no percentage of a zero base', () => {
    const result = compareWithPrevious(index, edition(index, 'IV'), 'denver', 'minor-victims');
    expect(result.kind).toBe('no-previous');
  });
});
