import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../../src/state/filters';
import { parseFilters, serializeFilters } from '../../src/state/url-params';

const filters = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

describe('parseFilters', () => {
  it('reads an empty query as the defaults', () => {
    expect(parseFilters('')).toEqual({ filters: DEFAULT_FILTERS, notices: [] });
    expect(parseFilters('?')).toEqual({ filters: DEFAULT_FILTERS, notices: [] });
  });

  it('reads every parameter', () => {
    const { filters: parsed, notices } = parseFilters(
      '?dataset=sample&metric=pimps-arrested&from=2010&to=2017&edition=XIII&offices=denver,san-juan',
    );
    expect(notices).toEqual([]);
    expect(parsed).toEqual({
      dataset: 'sample',
      metric: 'pimps-arrested',
      from: 2010,
      to: 2017,
      edition: 'XIII',
      offices: ['denver', 'san-juan'],
    });
  });

  it('accepts the query with or without its leading question mark and ignores unknown parameters', () => {
    expect(parseFilters('metric=arrests&scenario=slow').filters).toEqual(filters({ metric: 'arrests' }));
  });

  it('drops a non-year from with a notice naming the parameter and value', () => {
    expect(parseFilters('?from=abc')).toEqual({
      filters: DEFAULT_FILTERS,
      notices: [
        {
          id: 'from=abc',
          param: 'from',
          value: 'abc',
          message: '"abc" in from is not a four-digit year and was ignored; showing from the first year.',
        },
      ],
    });
  });

  it('drops two-digit, five-digit and zero-padded years', () => {
    const { filters: parsed, notices } = parseFilters('?from=12&to=20170');
    expect(parsed.from).toBeNull();
    expect(parsed.to).toBeNull();
    expect(notices.map((n) => n.id)).toEqual(['from=12', 'to=20170']);
    expect(notices[1]?.message).toBe(
      '"20170" in to is not a four-digit year and was ignored; showing through the last year.',
    );
    expect(parseFilters('?from=0999').notices.map((n) => n.id)).toEqual(['from=0999']);
  });

  it('drops a to that comes before from, keeping from', () => {
    const { filters: parsed, notices } = parseFilters('?from=2015&to=2010');
    expect(parsed.from).toBe(2015);
    expect(parsed.to).toBeNull();
    expect(notices).toEqual([
      {
        id: 'to=2010',
        param: 'to',
        value: '2010',
        message: '"2010" in to is before from (2015) and was ignored; showing through the last year.',
      },
    ]);
  });

  it('accepts from equal to to (a single year)', () => {
    expect(parseFilters('?from=2013&to=2013')).toEqual({ filters: filters({ from: 2013, to: 2013 }), notices: [] });
  });

  it('reads empty values as defaults without a notice', () => {
    expect(parseFilters('?offices=&metric=&from=&edition=&dataset=')).toEqual({
      filters: DEFAULT_FILTERS,
      notices: [],
    });
  });

  it('keeps the first of duplicated office ids and skips empty items quietly', () => {
    expect(parseFilters('?offices=denver,,san-juan,denver')).toEqual({
      filters: filters({ offices: ['denver', 'san-juan'] }),
      notices: [],
    });
  });

  it('reads repeated offices parameters as one list in order', () => {
    expect(parseFilters('?offices=denver&offices=boston,denver').filters.offices).toEqual(['denver', 'boston']);
  });

  it('drops a malformed office id with a notice, once', () => {
    const { filters: parsed, notices } = parseFilters('?offices=denver,%3Cb%3E,%3Cb%3E');
    expect(parsed.offices).toEqual(['denver']);
    expect(notices).toEqual([
      { id: 'offices=<b>', param: 'offices', value: '<b>', message: 'Unknown field office "<b>" in offices was ignored.' },
    ]);
  });

  it('accepts only built-in dataset ids unless a catalogue is passed', () => {
    expect(parseFilters('?dataset=sample').filters.dataset).toBe('sample');
    expect(parseFilters('?dataset=imported-2024')).toEqual({
      filters: DEFAULT_FILTERS,
      notices: [
        {
          id: 'dataset=imported-2024',
          param: 'dataset',
          value: 'imported-2024',
          message: 'Unknown dataset "imported-2024" in dataset was ignored; showing the published figures.',
        },
      ],
    });
    expect(parseFilters('?dataset=imported-2024', { datasetIds: ['published', 'imported-2024'] })).toEqual({
      filters: filters({ dataset: 'imported-2024' }),
      notices: [],
    });
  });

  it('drops a metric or edition that is not an id at all', () => {
    const { filters: parsed, notices } = parseFilters('?metric=minor%20victims&edition=XIII!');
    expect(parsed).toEqual(DEFAULT_FILTERS);
    expect(notices.map((n) => [n.param, n.value, n.message])).toEqual([
      ['metric', 'minor victims', 'Unknown metric "minor victims" in metric was ignored; showing the default metric.'],
      ['edition', 'XIII!', 'Unknown edition "XIII!" in edition was ignored; showing the latest edition.'],
    ]);
  });

  it('leaves a year-like edition for validation to explain', () => {
    expect(parseFilters('?edition=2011')).toEqual({ filters: filters({ edition: '2011' }), notices: [] });
  });

  it('uses the first of a repeated parameter', () => {
    expect(parseFilters('?metric=arrests&metric=pimps').filters.metric).toBe('arrests');
  });

  it('shortens a very long value in the message but keeps it whole in the id', () => {
    const value = 'x'.repeat(50);
    const [notice] = parseFilters(`?from=${value}`).notices;
    expect(notice?.id).toBe(`from=${value}`);
    expect(notice?.message).toBe(
      `"${'x'.repeat(40)}…" in from is not a four-digit year and was ignored; showing from the first year.`,
    );
  });
});

describe('serializeFilters', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeFilters(DEFAULT_FILTERS)).toBe('');
    expect(serializeFilters(DEFAULT_FILTERS, '?metric=minor-victims&dataset=published')).toBe('');
  });

  it('writes only non-defaults, in the stable order dataset, metric, from, to, edition, offices', () => {
    const all = { dataset: 'sample', metric: 'arrests', from: 2008, to: 2017, edition: 'VII', offices: ['san-juan', 'denver'] };
    expect(serializeFilters(all)).toBe('?dataset=sample&metric=arrests&from=2008&to=2017&edition=VII&offices=san-juan,denver');
    expect(serializeFilters(filters({ edition: 'XIII', from: 2012 }))).toBe('?from=2012&edition=XIII');
  });

  it('keeps the chosen office order with literal commas', () => {
    expect(serializeFilters(filters({ offices: ['denver', 'san-juan'] }))).toBe('?offices=denver,san-juan');
    expect(serializeFilters(filters({ offices: ['san-juan', 'denver'] }))).toBe('?offices=san-juan,denver');
  });

  it('keeps unknown parameters verbatim and in place', () => {
    expect(serializeFilters(filters({ metric: 'arrests' }), '?scenario=slow')).toBe('?scenario=slow&metric=arrests');
    expect(serializeFilters(filters({ metric: 'arrests' }), '?a=1&metric=old&b=x+y%2C&offices=denver&c')).toBe(
      '?a=1&metric=arrests&b=x+y%2C&c',
    );
    expect(serializeFilters(DEFAULT_FILTERS, '?scenario=slow&metric=arrests')).toBe('?scenario=slow');
  });

  it('treats an encoded filter name as that filter', () => {
    expect(serializeFilters(DEFAULT_FILTERS, '?%6Detric=arrests&x=1')).toBe('?x=1');
  });

  it('encodes characters that would break the query', () => {
    expect(serializeFilters(filters({ edition: 'a&b', offices: ['x,y', 'z'] }))).toBe('?edition=a%26b&offices=x%2Cy,z');
  });
});

describe('round trip', () => {
  it('offices=denver,san-juan survives parse and serialize unchanged', () => {
    const search = '?offices=denver,san-juan';
    expect(serializeFilters(parseFilters(search).filters, search)).toBe(search);
  });

  const inputs = [
    '',
    '?scenario=slow',
    '?dataset=published&metric=minor-victims',
    '?offices=denver,,denver,san-juan&from=2010',
    '?to=2010&from=2015&scenario=large',
    '?x=1&edition=XIII&metric=arrests&y=2&dataset=sample',
    '?from=abc&to=12&offices=&metric=a%20b',
    '?metric=arrests&metric=pimps&offices=boston&offices=denver',
  ];

  it.each(inputs)('serialize(parse(%j)) is canonical: a fixed point with no notices', (input) => {
    const once = serializeFilters(parseFilters(input).filters, input);
    const reparsed = parseFilters(once);
    expect(reparsed.notices).toEqual([]);
    expect(reparsed.filters).toEqual(parseFilters(input).filters);
    expect(serializeFilters(reparsed.filters, once)).toBe(once);
  });

  it('puts the filter block where the first filter parameter stood', () => {
    const input = '?x=1&edition=XIII&metric=arrests&y=2&dataset=sample';
    expect(serializeFilters(parseFilters(input).filters, input)).toBe('?x=1&dataset=sample&metric=arrests&edition=XIII&y=2');
  });
});
