import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_REQUEST } from '../../src/domain/view-request';
import type { ViewRequest } from '../../src/domain/view-request';
import { parseViewRequest, serializeViewRequest } from '../../src/state/url-params';

const request = (patch: Partial<ViewRequest>): ViewRequest => ({ ...DEFAULT_VIEW_REQUEST, ...patch });

describe('parseViewRequest', () => {
  it('reads an empty query as the defaults', () => {
    expect(parseViewRequest('')).toEqual({ request: DEFAULT_VIEW_REQUEST, notices: [] });
    expect(parseViewRequest('?')).toEqual({ request: DEFAULT_VIEW_REQUEST, notices: [] });
  });

  it('reads every parameter', () => {
    const { request: parsed, notices } = parseViewRequest(
      '?dataset=sample&metric=pimps-arrested&from=2010&to=2017&edition=XIII&offices=denver,san-juan',
    );
    expect(notices).toEqual([]);
    expect(parsed).toEqual(
      request({ dataset: 'sample', metric: 'pimps-arrested', from: 2010, to: 2017, edition: 'XIII', offices: ['denver', 'san-juan'] }),
    );
  });

  it('accepts the query with or without its leading question mark and ignores unknown parameters', () => {
    expect(parseViewRequest('metric=arrests&scenario=slow').request).toEqual(request({ metric: 'arrests' }));
  });

  it('drops a non-year from with a notice naming the parameter and value', () => {
    expect(parseViewRequest('?from=abc')).toEqual({
      request: DEFAULT_VIEW_REQUEST,
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
    const { request: parsed, notices } = parseViewRequest('?from=12&to=20170');
    expect(parsed.from).toBeNull();
    expect(parsed.to).toBeNull();
    expect(notices.map((n) => n.id)).toEqual(['from=12', 'to=20170']);
    expect(notices[1]?.message).toBe(
      '"20170" in to is not a four-digit year and was ignored; showing through the last year.',
    );
    expect(parseViewRequest('?from=0999').notices.map((n) => n.id)).toEqual(['from=0999']);
  });

  it('drops a to that comes before from, keeping from', () => {
    const { request: parsed, notices } = parseViewRequest('?from=2015&to=2010');
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
    expect(parseViewRequest('?from=2013&to=2013')).toEqual({ request: request({ from: 2013, to: 2013 }), notices: [] });
  });

  it('reads empty values as defaults without a notice', () => {
    expect(parseViewRequest('?offices=&metric=&from=&edition=&dataset=')).toEqual({
      request: DEFAULT_VIEW_REQUEST,
      notices: [],
    });
  });

  it('keeps the first of duplicated office ids and skips empty items quietly', () => {
    expect(parseViewRequest('?offices=denver,,san-juan,denver')).toEqual({
      request: request({ offices: ['denver', 'san-juan'] }),
      notices: [],
    });
  });

  it('reads repeated offices parameters as one list in order', () => {
    expect(parseViewRequest('?offices=denver&offices=boston,denver').request.offices).toEqual(['denver', 'boston']);
  });

  it('drops a malformed office id with a notice, once', () => {
    const { request: parsed, notices } = parseViewRequest('?offices=denver,%3Cb%3E,%3Cb%3E');
    expect(parsed.offices).toEqual(['denver']);
    expect(notices).toEqual([
      { id: 'offices=<b>', param: 'offices', value: '<b>', message: 'Unknown field office "<b>" in offices was ignored.' },
    ]);
  });

  it('reads any dataset id (the catalogue decides which exist) and drops one that is not an id', () => {
    expect(parseViewRequest('?dataset=sample').request.dataset).toBe('sample');
    expect(parseViewRequest('?dataset=imported-2024')).toEqual({ request: request({ dataset: 'imported-2024' }), notices: [] });
    expect(parseViewRequest('?dataset=..%2Fsecret')).toEqual({
      request: DEFAULT_VIEW_REQUEST,
      notices: [
        {
          id: 'dataset=../secret',
          param: 'dataset',
          value: '../secret',
          message: 'Unknown dataset "../secret" in dataset was ignored; showing the published figures.',
        },
      ],
    });
  });

  it('drops a metric or edition that is not an id at all', () => {
    const { request: parsed, notices } = parseViewRequest('?metric=minor%20victims&edition=XIII!');
    expect(parsed).toEqual(DEFAULT_VIEW_REQUEST);
    expect(notices.map((n) => [n.param, n.value, n.message])).toEqual([
      ['metric', 'minor victims', 'Unknown metric "minor victims" in metric was ignored; showing the default metric.'],
      ['edition', 'XIII!', 'Unknown edition "XIII!" in edition was ignored; showing the latest edition.'],
    ]);
  });

  it('leaves a year-like edition for validation to explain', () => {
    expect(parseViewRequest('?edition=2011')).toEqual({ request: request({ edition: '2011' }), notices: [] });
  });

  it('uses the first of a repeated parameter', () => {
    expect(parseViewRequest('?metric=arrests&metric=pimps').request.metric).toBe('arrests');
  });

  it('shortens a very long value in the message but keeps it whole in the id', () => {
    const value = 'x'.repeat(50);
    const [notice] = parseViewRequest(`?from=${value}`).notices;
    expect(notice?.id).toBe(`from=${value}`);
    expect(notice?.message).toBe(
      `"${'x'.repeat(40)}…" in from is not a four-digit year and was ignored; showing from the first year.`,
    );
  });
});

describe('serializeViewRequest', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeViewRequest(DEFAULT_VIEW_REQUEST)).toBe('');
    expect(serializeViewRequest(DEFAULT_VIEW_REQUEST, '?metric=minor-victims&dataset=published')).toBe('');
  });

  it('writes only non-defaults, in the stable order dataset, metric, from, to, edition, offices', () => {
    const all = request({ dataset: 'sample', metric: 'arrests', from: 2008, to: 2017, edition: 'VII', offices: ['san-juan', 'denver'] });
    expect(serializeViewRequest(all)).toBe('?dataset=sample&metric=arrests&from=2008&to=2017&edition=VII&offices=san-juan,denver');
    expect(serializeViewRequest(request({ edition: 'XIII', from: 2012 }))).toBe('?from=2012&edition=XIII');
  });

  it('keeps the chosen office order with literal commas', () => {
    expect(serializeViewRequest(request({ offices: ['denver', 'san-juan'] }))).toBe('?offices=denver,san-juan');
    expect(serializeViewRequest(request({ offices: ['san-juan', 'denver'] }))).toBe('?offices=san-juan,denver');
  });

  it('keeps unknown parameters verbatim and in place', () => {
    expect(serializeViewRequest(request({ metric: 'arrests' }), '?scenario=slow')).toBe('?scenario=slow&metric=arrests');
    expect(serializeViewRequest(request({ metric: 'arrests' }), '?a=1&metric=old&b=x+y%2C&offices=denver&c')).toBe(
      '?a=1&metric=arrests&b=x+y%2C&c',
    );
    expect(serializeViewRequest(DEFAULT_VIEW_REQUEST, '?scenario=slow&metric=arrests')).toBe('?scenario=slow');
  });

  it('treats an encoded filter name as that filter', () => {
    expect(serializeViewRequest(DEFAULT_VIEW_REQUEST, '?%6Detric=arrests&x=1')).toBe('?x=1');
  });

  it('encodes characters that would break the query', () => {
    expect(serializeViewRequest(request({ edition: 'a&b', offices: ['x,y', 'z'] }))).toBe('?edition=a%26b&offices=x%2Cy,z');
  });
});

describe('round trip', () => {
  it('offices=denver,san-juan survives parse and serialize unchanged', () => {
    const search = '?offices=denver,san-juan';
    expect(serializeViewRequest(parseViewRequest(search).request, search)).toBe(search);
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
    const once = serializeViewRequest(parseViewRequest(input).request, input);
    const reparsed = parseViewRequest(once);
    expect(reparsed.notices).toEqual([]);
    expect(reparsed.request).toEqual(parseViewRequest(input).request);
    expect(serializeViewRequest(reparsed.request, once)).toBe(once);
  });

  it('puts the filter block where the first filter parameter stood', () => {
    const input = '?x=1&edition=XIII&metric=arrests&y=2&dataset=sample';
    expect(serializeViewRequest(parseViewRequest(input).request, input)).toBe('?x=1&dataset=sample&metric=arrests&edition=XIII&y=2');
  });
});

describe('the view options', () => {
  it('reads and writes the trends scale, the columns, both sorts, the search and the rows', () => {
    const search = '?offices=denver&scale=independent&columns=all&office-sort=-minor-victims&edition-sort=-edition&search=san%20j&rows=selected';
    const { request: parsed, notices } = parseViewRequest(search);
    expect(notices).toEqual([]);
    expect(parsed).toEqual(
      request({
        offices: ['denver'],
        scale: 'independent',
        columns: 'all',
        officeSort: { column: 'minor-victims', direction: 'descending' },
        editionSort: { column: 'label', direction: 'descending' },
        search: 'san j',
        rows: 'selected',
      }),
    );
    expect(serializeViewRequest(parsed)).toBe(search);
  });

  it('writes nothing for the default options, and an ascending metric sort without a sign', () => {
    expect(serializeViewRequest(request({ officeSort: { column: 'label', direction: 'ascending' }, scale: 'shared', columns: 'key', rows: 'all' }))).toBe('');
    expect(serializeViewRequest(request({ officeSort: { column: 'traffickers', direction: 'ascending' } }))).toBe('?office-sort=traffickers');
    expect(serializeViewRequest(request({ officeSort: { column: 'label', direction: 'descending' } }))).toBe('?office-sort=-office');
  });

  it('drops an option value it does not know, naming the choices', () => {
    const { request: parsed, notices } = parseViewRequest('?scale=wide&columns=some&rows=mine&office-sort=%3Cb%3E');
    expect(parsed).toEqual(DEFAULT_VIEW_REQUEST);
    expect(notices.map((n) => n.message)).toEqual([
      '"wide" in scale is not one of shared, independent and was ignored; showing the default.',
      '"some" in columns is not one of key, outcome, scale, all and was ignored; showing the default.',
      'Unknown column "<b>" in office-sort was ignored; sorting by the first column.',
      '"mine" in rows is not one of all, selected and was ignored; showing the default.',
    ]);
  });

  it('keeps a search to its length cap, trimmed at the ends', () => {
    expect(parseViewRequest('?search=%20den%20').request.search).toBe('den');
    const long = 'x'.repeat(61);
    expect(parseViewRequest(`?search=${long}`)).toEqual({
      request: DEFAULT_VIEW_REQUEST,
      notices: [{ id: `search=${long}`, param: 'search', value: long, message: `The search "${'x'.repeat(40)}…" is longer than 60 characters and was ignored.` }],
    });
  });

  it('reads and writes release mode (suppress=K, K from 2 to 20), written only when on', () => {
    expect(parseViewRequest('?dataset=sample&suppress=10')).toEqual({ request: request({ dataset: 'sample', suppress: 10 }), notices: [] });
    expect(parseViewRequest('?suppress=2').request.suppress).toBe(2);
    expect(parseViewRequest('?suppress=20').request.suppress).toBe(20);
    expect(parseViewRequest('?suppress=').request.suppress).toBeNull();
    expect(serializeViewRequest(request({ dataset: 'sample', suppress: 10 }))).toBe('?dataset=sample&suppress=10');
    expect(serializeViewRequest(request({ suppress: null }))).toBe('');
  });

  it('keeps release mode on at 10 when suppress is not a whole number from 2 to 20, with a notice', () => {
    for (const value of ['1', '21', 'abc', '10.5', '-3', '010']) {
      const { request: parsed, notices } = parseViewRequest(`?suppress=${value}`);
      expect(parsed.suppress).toBe(10);
      expect(notices).toEqual([
        {
          id: `suppress=${value}`,
          param: 'suppress',
          value,
          message: `"${value}" in suppress is not a whole number from 2 to 20 and was ignored; release mode shows counts under 10 as <10.`,
        },
      ]);
    }
  });

  it('reads and writes suppress-published=yes, which hides published counts under K too', () => {
    const search = '?dataset=sample&suppress=10&suppress-published=yes';
    const { request: parsed, notices } = parseViewRequest(search);
    expect(notices).toEqual([]);
    expect(parsed).toEqual(request({ dataset: 'sample', suppress: 10, suppressPublished: true }));
    expect(serializeViewRequest(parsed)).toBe(search);
    expect(parseViewRequest('?suppress-published=no').notices.map((n) => n.message)).toEqual([
      '"no" in suppress-published is not one of yes and was ignored; showing the default.',
    ]);
  });
});
