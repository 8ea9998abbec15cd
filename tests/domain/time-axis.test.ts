// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain/dataset-index';
import { axisEditions, axisYears, gapRuns, yearSpan } from '../../src/domain/time-axis';
import { loadCommittedDataset } from '../published/committed-package';
import { miniDataset } from '../fixtures/mini-dataset';

describe('the time axis on the published figures', () => {
  const index = indexDataset(loadCommittedDataset());

  it('runs 2008–2025 with two editions in 2008 and 2009 and labelled gaps', () => {
    const years = axisYears(index, null, null);
    expect(years.map((y) => y.year)).toEqual([
      2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(years.slice(0, 2).map((y) => y.editions.map((e) => e.id))).toEqual([
      ['I', 'II'],
      ['III', 'IV'],
    ]);
    expect(gapRuns(years)).toEqual([
      { firstYear: 2011, lastYear: 2011, kind: 'no-operation', label: 'no operation' },
      { firstYear: 2018, lastYear: 2021, kind: 'no-operation', label: 'no operation' },
      { firstYear: 2024, lastYear: 2025, kind: 'no-results-published', label: 'no results published' },
    ]);
    expect(axisEditions(years)).toHaveLength(13);
  });

  it('clips to the from/to filters', () => {
    const years = axisYears(index, 2016, 2022);
    expect(years.map((y) => [y.year, y.editions.map((e) => e.id).join(), y.gap])).toEqual([
      [2016, 'X', null],
      [2017, 'XI', null],
      [2018, '', 'no-operation'],
      [2019, '', 'no-operation'],
      [2020, '', 'no-operation'],
      [2021, '', 'no-operation'],
      [2022, 'XII', null],
    ]);
    // A bound outside the dataset's range is clipped to it.
    expect(axisYears(index, 2000, 2009).map((y) => y.year)).toEqual([2008, 2009]);
  });
});

describe('the time axis on the mini dataset', () => {
  it('says when a year has neither an edition nor a recorded gap', () => {
    const years = axisYears(indexDataset(miniDataset()), null, null);
    expect(years.map((y) => [y.year, y.gap])).toEqual([
      [2008, null],
      [2009, 'unrecorded'],
      [2010, null],
      [2011, 'no-operation'],
      [2012, null],
    ]);
    expect(gapRuns(years).map((run) => run.label)).toEqual(['no edition recorded', 'no operation']);
  });

  it('writes a span of years', () => {
    expect(yearSpan(2011, 2011)).toBe('2011');
    expect(yearSpan(2018, 2021)).toBe('2018–2021');
  });
});
