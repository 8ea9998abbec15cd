// @vitest-environment node
/**
 * Release mode on small fixed tables: exactly which cells are hidden, per K, and why. National
 * figures are the published sums of the offices unless a test says otherwise; office values are
 * synthetic (not published), so release mode may hide them.
 */
import { describe, expect, it } from 'vitest';
import { METRIC_SUMS } from '../../src/domain/suppression';
import { suppressCounts } from '../../src/domain/suppress-counts';
import { column, hiddenCells, patternModel, tableDataset, victims } from '../fixtures/suppression-tables';
import { findWitnesses, linearlyDetermined, proofProblems } from '../support/suppression-proof';

describe('one total: the national figure of one metric over its offices', () => {
  // 1 + 1 + 12 + 10 + 0 = 24, published.
  const table = tableDataset(column('minor-victims', { a: 1, b: 1, c: 12, d: 10, e: 0 }));
  const hidden = (K: number): string[] => hiddenCells(suppressCounts(table, { threshold: K }), table);

  it('K = 2: the two 1s hide each other from the total (a "<2" is 1 by its label alone)', () => {
    expect(hidden(2)).toEqual(['a minor-victims: primary', 'b minor-victims: primary']);
  });

  it('K = 3: "<3" + "<3" = 2 can only be 1 + 1, so the smallest part that can give one up is hidden: the 10', () => {
    expect(hidden(3)).toEqual(['a minor-victims: primary', 'b minor-victims: primary', 'd minor-victims: complementary']);
  });

  it('K = 10: not the 10, which hidden would be 10 or more and could not give one up; the 12', () => {
    expect(hidden(10)).toEqual(['a minor-victims: primary', 'b minor-victims: primary', 'c minor-victims: complementary']);
  });

  it('K = 11 and 13: the small counts have room among themselves; nothing more is hidden', () => {
    expect(hidden(11)).toEqual(['a minor-victims: primary', 'b minor-victims: primary', 'd minor-victims: primary']);
    expect(hidden(13)).toEqual(['a minor-victims: primary', 'b minor-victims: primary', 'c minor-victims: primary', 'd minor-victims: primary']);
  });

  it('a lone small count is protected by the next-smallest part, and zeros are never hidden', () => {
    const lone = tableDataset(column('traffickers', { a: 3, b: 0, c: 12, d: 15 }));
    expect(hiddenCells(suppressCounts(lone, { threshold: 10 }), lone)).toEqual(['a traffickers: primary', 'c traffickers: complementary']);
  });

  it('a 1 can only go up, so its partner must be able to go down: 19, not 10', () => {
    const table1 = tableDataset(column('traffickers', { a: 1, b: 0, c: 10, d: 19 }));
    expect(hiddenCells(suppressCounts(table1, { threshold: 10 }), table1)).toEqual(['a traffickers: primary', 'd traffickers: complementary']);
  });

  it('9 + 9 = 18 pins both "<10" just as 1 + 1 does, so one more part is hidden', () => {
    const table9 = tableDataset(column('traffickers', { a: 9, b: 9, c: 12 }));
    expect(hiddenCells(suppressCounts(table9, { threshold: 10 }), table9)).toEqual([
      'a traffickers: primary',
      'b traffickers: primary',
      'c traffickers: complementary',
    ]);
  });
});

describe('two directions: offices per metric, and all victims = minor + adult per office', () => {
  // minor + adult = all victims at every office; national figures published.
  const table = tableDataset(victims({ a: [4, 15], b: [20, 25], c: [30, 12] }));
  const hidden = (K: number): string[] => hiddenCells(suppressCounts(table, { threshold: K }), table);

  it('K = 10: minors at a are all victims less adults, so the cheapest cycle is hidden: adults at a and c, minors at c', () => {
    // 15 + 12 + 30 = 57, against 60 through office b or more through all victims.
    expect(hidden(10)).toEqual([
      'a adult-victims: complementary',
      'a minor-victims: primary',
      'c adult-victims: complementary',
      'c minor-victims: complementary',
    ]);
  });

  it('K = 13, 16, 20: the same cycle, with more of it under K', () => {
    expect(hidden(13)).toEqual(['a adult-victims: complementary', 'a minor-victims: primary', 'c adult-victims: primary', 'c minor-victims: complementary']);
    expect(hidden(16)).toEqual(['a adult-victims: primary', 'a minor-victims: primary', 'c adult-victims: primary', 'c minor-victims: complementary']);
    expect(hidden(20)).toEqual([
      'a adult-victims: primary',
      'a minor-victims: primary',
      'a total-victims: primary',
      'c adult-victims: primary',
      'c minor-victims: complementary',
      'c total-victims: complementary',
    ]);
  });

  // Offices o1, o2: all = minor + adult holds. Offices o5, o6: it does not (all victims counted apart).
  const bridged = tableDataset([
    ...column('minor-victims', { o1: 2, o2: 4, o3: 11, o4: 13, o5: 20, o6: 25 }),
    ...column('adult-victims', { o1: 3, o2: 7, o3: 12, o4: 10, o5: 30, o6: 15 }),
    ...column('total-victims', { o1: 5, o2: 11, o3: 23, o4: 23, o5: 3, o6: 4 }),
  ]);

  it('two hidden cells in every total are not enough: all victims at o1 is still worked out', () => {
    // Every total holds two hidden cells or more, yet all victims at o1 = minors + adults (national)
    // − minors and adults shown − all victims at o2: it bridges two cycles, so it is on none.
    const naive = patternModel(10, [
      ['o1', 'minor-victims', 'primary'],
      ['o1', 'adult-victims', 'primary'],
      ['o1', 'total-victims', 'primary'],
      ['o2', 'minor-victims', 'primary'],
      ['o2', 'adult-victims', 'primary'],
      ['o5', 'total-victims', 'primary'],
      ['o6', 'total-victims', 'primary'],
    ]);
    const [problem] = proofProblems(bridged, naive, METRIC_SUMS);
    if (!problem) throw new Error('no edition');
    expect(problem.equations.every((equation) => equation.terms.size >= 2)).toBe(true);
    expect(linearlyDetermined(problem).map((u) => `${u.cell.place} ${u.cell.metricId} = ${u.cell.value}`)).toEqual(['o1 total-victims = 5']);
  });

  it('so release mode also hides all victims at o2, closing a cycle through o1', () => {
    const model = suppressCounts(bridged, { threshold: 10 });
    expect(hiddenCells(model, bridged)).toEqual([
      'o1 adult-victims: primary',
      'o1 minor-victims: primary',
      'o1 total-victims: primary',
      'o2 adult-victims: primary',
      'o2 minor-victims: primary',
      'o2 total-victims: complementary',
      'o5 total-victims: primary',
      'o6 total-victims: primary',
    ]);
    for (const problem of proofProblems(bridged, model, METRIC_SUMS)) {
      expect(linearlyDetermined(problem)).toEqual([]);
      expect(findWitnesses(problem).pinned).toEqual([]);
    }
  });

  it('K = 3: "<3" = "<3" + "<3" can only be 2 = 1 + 1, so all victims there is shown as hidden instead', () => {
    const table3 = tableDataset(victims({ x: [1, 1], y: [20, 30], z: [15, 12] }));
    const model = suppressCounts(table3, { threshold: 3 });
    expect(hiddenCells(model, table3)).toEqual([
      'x adult-victims: primary',
      'x minor-victims: primary',
      // The 2, widened: "hidden" says 1 or more, so x can be 1 + 1 = 2 or 2 + 1 = 3 …
      'x total-victims: complementary',
      // … and office z takes up the difference.
      'z adult-victims: complementary',
      'z minor-victims: complementary',
      'z total-victims: complementary',
    ]);
    expect(model.counts).toEqual({ primary: 2, complementary: 4, exposed: 0, publishedSmall: 0 });
  });
});

describe('what is never hidden, and what cannot be protected', () => {
  it('keeps zeros, blanks, published counts and scale figures as they are', () => {
    const table = tableDataset([
      ...column('minor-victims', { a: 3, b: 0, c: null, d: 40 }),
      { place: 'a', metric: 'adult-victims', value: 2, origin: 'published' },
      { place: 'national', metric: 'cities', value: 4, origin: 'published' },
    ]);
    const model = suppressCounts(table, { threshold: 10 });
    expect(hiddenCells(model, table)).toEqual(['a minor-victims: primary', 'd minor-victims: complementary']);
    // The published 2 adults; the 4 cities count no one.
    expect(model.counts.publishedSmall).toBe(1);
  });

  it('hides published small counts only when asked, and never leans on them to protect another count', () => {
    // c is published: public, so the synthetic a and b must protect each other on their own.
    const table = tableDataset([
      { place: 'a', metric: 'minor-victims', value: 3 },
      { place: 'b', metric: 'minor-victims', value: 6 },
      { place: 'c', metric: 'minor-victims', value: 4, origin: 'published' },
      { place: 'd', metric: 'minor-victims', value: 30 },
      { place: 'national', metric: 'minor-victims', value: 43, origin: 'published' },
    ]);
    expect(hiddenCells(suppressCounts(table, { threshold: 10 }), table)).toEqual(['a minor-victims: primary', 'b minor-victims: primary']);
    const asked = suppressCounts(table, { threshold: 10, hidePublished: true });
    expect(hiddenCells(asked, table)).toEqual(['a minor-victims: primary', 'b minor-victims: primary', 'c minor-victims: primary']);
    expect(asked.counts).toEqual({ primary: 3, complementary: 0, exposed: 0, publishedSmall: 0 });
  });

  it('owns up to a count that published figures pin: national 5, every other office 0', () => {
    const table = tableDataset(column('minor-victims', { a: 5, b: 0, c: 0 }));
    const model = suppressCounts(table, { threshold: 10 });
    expect(model.exposed).toEqual([{ editionId: 'I', place: 'a', metricId: 'minor-victims' }]);
    expect(model.counts.exposed).toBe(1);
  });

  it("hides an analyst's national sum under K, and hides a national figure only when no office can protect instead", () => {
    const small = tableDataset(column('minor-victims', { a: 3, b: 2, c: 0 }, 'imported'));
    expect(hiddenCells(suppressCounts(small, { threshold: 10 }), small)).toEqual([
      'a minor-victims: primary',
      'b minor-victims: primary',
      'national minor-victims: primary',
    ]);
    // Traffickers: 3 + 40 = 43 nationally; the 40 is hidden, not the national 43.
    const large = tableDataset(column('traffickers', { a: 3, b: 40 }, 'imported'));
    expect(hiddenCells(suppressCounts(large, { threshold: 10 }), large)).toEqual(['a traffickers: primary', 'b traffickers: complementary']);
  });

  it('rejects a threshold outside 2..20, and sums of metrics that would share a metric', () => {
    const table = tableDataset(column('minor-victims', { a: 3 }));
    expect(() => suppressCounts(table, { threshold: 1 })).toThrow(RangeError);
    expect(() => suppressCounts(table, { threshold: 21 })).toThrow(RangeError);
    expect(() => suppressCounts(table, { threshold: 9.5 })).toThrow(RangeError);
    const twice = [...METRIC_SUMS, { total: 'traffickers', parts: ['minor-victims'] }];
    expect(() => suppressCounts(table, { threshold: 10, metricSums: twice })).toThrow(/more than one sum/);
  });

  it('gives every view the same model: one per dataset and K', () => {
    const table = tableDataset(column('minor-victims', { a: 3, b: 12 }));
    expect(suppressCounts(table, { threshold: 10 })).toBe(suppressCounts(table, { threshold: 10 }));
    expect(suppressCounts(table, { threshold: 10 })).not.toBe(suppressCounts(table, { threshold: 11 }));
  });
});
