import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/types';
import { DEFAULT_FILTERS, type Filters } from '../../src/state/filters';
import { filterContextFrom, validateFilters, type FilterContext } from '../../src/state/validate-filters';

/** A small, made-up context: ids only, no figures. */
const context: FilterContext = {
  datasetIds: ['published', 'sample'],
  metricIds: ['minor-victims', 'pimps-arrested'],
  editionIds: ['I', 'II', 'VI', 'XIII'],
  editionYears: [2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
  officeIds: ['denver', 'san-juan', 'boston'],
};

const richContext: FilterContext = {
  ...context,
  editions: [
    { id: 'I', year: 2008 },
    { id: 'II', year: 2008 },
    { id: 'VI', year: 2012 },
    { id: 'XIII', year: 2023 },
  ],
  gaps: [
    { year: 2011, kind: 'no-operation' },
    { year: 2024, kind: 'no-results-published' },
  ],
};

const filters = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

describe('validateFilters', () => {
  it('passes valid filters through unchanged, without notices', () => {
    const valid = filters({ dataset: 'sample', metric: 'pimps-arrested', from: 2008, to: 2025, edition: 'VI', offices: ['san-juan', 'denver'] });
    expect(validateFilters(valid, context)).toEqual({ filters: valid, notices: [] });
  });

  it('does not mutate its input', () => {
    const input = filters({ metric: 'bogus', offices: ['gotham'] });
    validateFilters(input, context);
    expect(input).toEqual(filters({ metric: 'bogus', offices: ['gotham'] }));
  });

  it('replaces an unknown dataset with the default and says so', () => {
    expect(validateFilters(filters({ dataset: 'nope' }), context)).toEqual({
      filters: DEFAULT_FILTERS,
      notices: [
        {
          id: 'dataset=nope',
          param: 'dataset',
          value: 'nope',
          message: 'Unknown dataset "nope" in dataset was ignored; showing the published figures.',
        },
      ],
    });
  });

  it('replaces an unknown metric with the default and says so', () => {
    expect(validateFilters(filters({ metric: 'bogus' }), context)).toEqual({
      filters: DEFAULT_FILTERS,
      notices: [
        {
          id: 'metric=bogus',
          param: 'metric',
          value: 'bogus',
          message: 'Unknown metric "bogus" in metric was ignored; showing the default metric.',
        },
      ],
    });
  });

  it('drops years outside the axis, keeping gap years on it', () => {
    expect(validateFilters(filters({ from: 2011, to: 2024 }), context).notices).toEqual([]);
    const result = validateFilters(filters({ from: 2005, to: 2030 }), context);
    expect(result.filters).toEqual(DEFAULT_FILTERS);
    expect(result.notices).toEqual([
      {
        id: 'from=2005',
        param: 'from',
        value: '2005',
        message: '"2005" in from is outside the years covered (2008–2025) and was ignored; showing from the first year.',
      },
      {
        id: 'to=2030',
        param: 'to',
        value: '2030',
        message: '"2030" in to is outside the years covered (2008–2025) and was ignored; showing through the last year.',
      },
    ]);
  });

  it('drops a to before from (as set through the store)', () => {
    const result = validateFilters(filters({ from: 2015, to: 2010 }), context);
    expect(result.filters).toEqual(filters({ from: 2015 }));
    expect(result.notices.map((n) => n.id)).toEqual(['to=2010']);
  });

  it('keeps years when the dataset has no axis to check them against', () => {
    expect(validateFilters(filters({ from: 1990 }), { ...context, editionYears: [] })).toEqual({
      filters: filters({ from: 1990 }),
      notices: [],
    });
  });

  it('clears an unknown edition and says so', () => {
    expect(validateFilters(filters({ edition: 'XX' }), context)).toEqual({
      filters: DEFAULT_FILTERS,
      notices: [
        {
          id: 'edition=XX',
          param: 'edition',
          value: 'XX',
          message: 'Unknown edition "XX" in edition was ignored; showing the latest edition.',
        },
      ],
    });
  });

  it('explains a year given as an edition from the gaps and editions it knows', () => {
    const message = (edition: string, ctx: FilterContext) =>
      validateFilters(filters({ edition }), ctx).notices.map((n) => n.message);
    expect(message('2011', richContext)).toEqual([
      '"2011" is not an edition (no operation that year); showing the latest edition.',
    ]);
    expect(message('2024', richContext)).toEqual([
      '"2024" is not an edition (no results were published for that year); showing the latest edition.',
    ]);
    expect(message('2012', richContext)).toEqual([
      '"2012" is not an edition (edition VI ran that year); showing the latest edition.',
    ]);
    expect(message('2008', richContext)).toEqual([
      '"2008" is not an edition (editions I and II ran that year); showing the latest edition.',
    ]);
    expect(message('1999', richContext)).toEqual([
      '"1999" is not an edition (the data hold no edition that year); showing the latest edition.',
    ]);
    expect(message('2011', context)).toEqual([
      '"2011" is not an edition (editions are numbered, such as XIII); showing the latest edition.',
    ]);
    expect(validateFilters(filters({ edition: '2011' }), richContext).filters.edition).toBeNull();
  });

  it('removes each unknown office with its own notice, keeping the chosen order', () => {
    const result = validateFilters(filters({ offices: ['san-juan', 'gotham', 'denver', 'metropolis', 'san-juan'] }), context);
    expect(result.filters.offices).toEqual(['san-juan', 'denver']);
    expect(result.notices).toEqual([
      { id: 'offices=gotham', param: 'offices', value: 'gotham', message: 'Unknown field office "gotham" in offices was ignored.' },
      {
        id: 'offices=metropolis',
        param: 'offices',
        value: 'metropolis',
        message: 'Unknown field office "metropolis" in offices was ignored.',
      },
    ]);
  });

  it('with a context for another dataset, checks only the dataset', () => {
    const stale: FilterContext = { ...context, datasetId: 'published' };
    const pending = filters({ dataset: 'sample', metric: 'only-in-sample', edition: 'S1', offices: ['gotham'] });
    expect(validateFilters(pending, stale)).toEqual({ filters: pending, notices: [] });
    // The matching context validates everything.
    expect(validateFilters(pending, { ...stale, datasetId: 'sample' }).notices.map((n) => n.id)).toEqual([
      'metric=only-in-sample',
      'edition=S1',
      'offices=gotham',
    ]);
  });

  it('falls back to the default dataset and then validates against its context', () => {
    const result = validateFilters(filters({ dataset: 'nope', metric: 'bogus' }), { ...context, datasetId: 'published' });
    expect(result.filters).toEqual(DEFAULT_FILTERS);
    expect(result.notices.map((n) => n.id)).toEqual(['dataset=nope', 'metric=bogus']);
  });
});

describe('filterContextFrom', () => {
  it('derives ids, a gap-inclusive year axis and the edition order from a dataset', () => {
    const dataset = {
      manifest: { id: 'sample' },
      editions: [
        { id: 'XIII', number: 13, year: 2023 },
        { id: 'XII', number: 12, year: 2022 },
        { id: 'XI', number: 11, year: 2017 },
      ],
      gaps: [{ year: 2018, kind: 'no-operation' }, { year: 2025, kind: 'no-results-published' }],
      metrics: [{ id: 'minor-victims' }],
      offices: [{ id: 'denver' }, { id: 'san-juan' }],
    } as unknown as Dataset;
    const derived = filterContextFrom(dataset, ['published', 'sample']);
    expect(derived.datasetId).toBe('sample');
    expect(derived.datasetIds).toEqual(['published', 'sample']);
    expect(derived.metricIds).toEqual(['minor-victims']);
    expect(derived.officeIds).toEqual(['denver', 'san-juan']);
    expect(derived.editionIds).toEqual(['XI', 'XII', 'XIII']);
    expect(derived.editionYears).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });
});
