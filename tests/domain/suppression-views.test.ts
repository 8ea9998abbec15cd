// @vitest-environment node
/** What views read from the suppressed model: a cell's text and sort key, derived figures, the notice. */
import { describe, expect, it } from 'vitest';
import { sortRows } from '../../src/domain/breakdown-sort';
import { compareWithPrevious } from '../../src/domain/comparison';
import { indexDataset } from '../../src/domain/dataset-index';
import { shownValue } from '../../src/domain/shown-value';
import { allShown, comparisonShown, countHidden, DEFAULT_THRESHOLD, officeSumShown, parseThreshold } from '../../src/domain/suppression';
import { suppressCounts } from '../../src/domain/suppress-counts';
import type { CellRef } from '../../src/domain/suppression';
import { HIDDEN_MARK, suppressedValue, suppressionNotice } from '../../src/domain/suppression-text';
import { column, tableDataset } from '../fixtures/suppression-tables';

// Edition I: a = 3 (<10), b = 0, c = 12 (hidden to protect a), d = 25, e not reported; national 40.
// Edition II: a = 14, b = 2 (<10), c = 30, d = 8 (<10); national 54.
const dataset = tableDataset([
  ...column('minor-victims', { a: 3, b: 0, c: 12, d: 25, e: null }),
  ...column('minor-victims', { a: 14, b: 2, c: 30, d: 8 }, 'published', 'II'),
]);
const index = indexDataset(dataset);
const model = suppressCounts(dataset, { threshold: DEFAULT_THRESHOLD });
const ref = (place: string, editionId = 'I'): CellRef => ({ editionId, place, metricId: 'minor-victims' });
const cell = (place: string, editionId = 'I') => suppressedValue(model, ref(place, editionId), shownValue(index.observation(editionId, place, 'minor-victims')));

describe('a cell in release mode', () => {
  it('reads "<10" for a small count, "hidden" for a complementary cell, and as itself otherwise', () => {
    expect(cell('a')).toEqual({ status: 'primary', value: null, display: '<10', spoken: 'fewer than 10', sortKey: 9.5 });
    expect(cell('c')).toEqual({ status: 'complementary', value: null, display: HIDDEN_MARK, spoken: 'hidden so that hidden counts cannot be worked out', sortKey: null });
    expect(cell('d')).toMatchObject({ status: 'shown', value: 25, display: '25', sortKey: 25 });
    // A zero and a blank keep their own states: 0, and "—" (never 0).
    expect(cell('b')).toMatchObject({ status: 'shown', value: 0, display: '0', sortKey: 0 });
    expect(cell('e')).toMatchObject({ status: 'shown', value: null, display: '—', spoken: 'not reported', sortKey: null });
  });

  it('sorts every "<10" together between zeros and shown counts, never by the hidden value; hidden cells last', () => {
    const places = ['a', 'b', 'c', 'd', 'e'];
    const key = (place: string): number | null => cell(place).sortKey;
    expect(sortRows(places, 'descending', key)).toEqual(['d', 'a', 'b', 'c', 'e']);
    expect(sortRows(places, 'ascending', key)).toEqual(['b', 'a', 'd', 'c', 'e']);
    // Edition II: b = 2 and d = 8 tie, so they keep the table's order whichever way it is sorted.
    const second = (place: string): number | null => cell(place, 'II').sortKey;
    expect(sortRows(['a', 'b', 'c', 'd'], 'descending', second)).toEqual(['c', 'a', 'b', 'd']);
    expect(sortRows(['a', 'b', 'c', 'd'], 'ascending', second)).toEqual(['b', 'd', 'a', 'c']);
  });

  it("says what an analyst's lower-bound national sum under K is", () => {
    const shown = { ...shownValue(undefined), value: 4, qualifier: 'at-least' as const, display: '4+', spoken: 'more than 4' };
    const national = suppressCounts(tableDataset(column('minor-victims', { a: 4, b: null }, 'imported')), { threshold: 10 });
    expect(suppressedValue(national, ref('national'), shown).spoken).toBe('fewer than 10 from the offices that reported');
  });
});

describe('figures computed from cells', () => {
  it('shows a change, a percentage or a "highest" only between shown values', () => {
    expect(allShown(model, [ref('d'), ref('c', 'II')])).toBe(true);
    expect(allShown(model, [ref('a'), ref('a', 'II')])).toBe(false);
    const change = (place: string): boolean => {
      const edition = index.editionById.get('II');
      if (!edition) throw new Error('no edition II');
      return comparisonShown(model, ref(place, 'II'), compareWithPrevious(index, edition, place, 'minor-victims'));
    };
    // a: 3 → 14 would give the 3 away; c: 12 → 30 the hidden 12; d: 25 → 8 the "<10". b: 0 → 2 the "<10".
    expect(['a', 'b', 'c', 'd'].map(change)).toEqual([false, false, false, false]);
    expect(comparisonShown(model, ref('d'), { kind: 'no-previous' })).toBe(true);
  });

  it('shows the sum of all offices (the national figure less shown cells), not a sum over some with a hidden part', () => {
    expect(officeSumShown(model, 'I', 'minor-victims', ['a', 'b', 'c', 'd', 'e'])).toBe(true);
    expect(officeSumShown(model, 'I', 'minor-victims', ['a', 'c'])).toBe(true);
    expect(officeSumShown(model, 'I', 'minor-victims', ['a', 'd'])).toBe(false);
    expect(officeSumShown(model, 'I', 'minor-victims', ['b', 'd'])).toBe(true);
    // An analyst's national sum under K is itself hidden, so its sum row is too.
    const small = tableDataset(column('minor-victims', { a: 3, b: 2, c: 0 }, 'imported'));
    expect(officeSumShown(suppressCounts(small, { threshold: 10 }), 'I', 'minor-victims', ['a', 'b', 'c'])).toBe(false);
  });

  it('counts what one view hides, for its own notice', () => {
    expect(countHidden(model, ['a', 'b', 'c', 'd', 'e'].map((place) => ref(place)))).toEqual({ primary: 1, complementary: 1 });
    expect(model.counts).toEqual({ primary: 3, complementary: 1, exposed: 0, publishedSmall: 0 });
  });
});

describe('the notice and the URL parameter', () => {
  it('says what is hidden and why, and owns up to what published figures give away', () => {
    expect(suppressionNotice(10, { primary: 12, complementary: 7 })).toBe('Counts 1–9 shown as <10; 7 further cells hidden so hidden counts cannot be worked out.');
    expect(suppressionNotice(10, { primary: 3, complementary: 1 })).toBe('Counts 1–9 shown as <10; 1 further cell hidden so hidden counts cannot be worked out.');
    expect(suppressionNotice(2, {})).toBe('Counts of 1 shown as <2.');
    expect(suppressionNotice(11, { complementary: 0, publishedSmall: 3 })).toBe('Counts 1–10 shown as <11; 3 published counts under 11 shown as released.');
    expect(suppressionNotice(10, { exposed: 1 })).toBe('Counts 1–9 shown as <10. 1 hidden count can still be worked out from published figures.');
  });

  it('reads suppress=K for K from 2 to 20 only', () => {
    expect(['2', '10', '20'].map(parseThreshold)).toEqual([2, 10, 20]);
    expect(['1', '21', '', '10.5', '-5', ' 10', '010', 'ten', '1e1'].map(parseThreshold)).toEqual([null, null, null, null, null, null, null, null, null]);
  });
});
