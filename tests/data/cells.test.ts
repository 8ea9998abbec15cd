import { describe, expect, it } from 'vitest';
import {
  count,
  decimalBetween,
  idList,
  identifier,
  isCalendarDate,
  optionalIsoDate,
  optionalOneOf,
  partialDate,
  positiveInteger,
  requiredName,
  webUrl,
  year,
} from '../../src/data/cells';
import type { CellResult } from '../../src/data/cells';

function messageOf<T>(result: CellResult<T>): string {
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.value)}`);
  return result.message;
}

describe('count', () => {
  it('reads a blank cell as null (not reported), never 0', () => {
    expect(count.parse('')).toEqual({ ok: true, value: null });
  });

  it('reads whole numbers, including a published 0', () => {
    expect(count.parse('0')).toEqual({ ok: true, value: 0 });
    expect(count.parse('1200')).toEqual({ ok: true, value: 1200 });
  });

  it.each([
    ['-3', '"-3" is negative; counts cannot be below 0'],
    ['abc', '"abc" is not a whole number'],
    ['12.5', '"12.5" is not a whole number'],
    ['1e3', '"1e3" is not a whole number'],
    ['12abc', '"12abc" is not a whole number'],
    ['NaN', '"NaN" is not a whole number'],
    ['+5', '"+5" is not a whole number'],
    ['0x10', '"0x10" is not a whole number'],
    [' ', '" " has spaces around the number'],
    [' 12', '" 12" has spaces around the number'],
    ['1,200', '"1,200" has a thousands separator; write it as 1200'],
  ])('rejects %j', (raw, fragment) => {
    const message = messageOf(count.parse(raw));
    expect(message).toContain(fragment);
    expect(message).toContain('or a blank cell when not reported');
  });
});

describe('count maximum', () => {
  it('accepts 9,999,999 and rejects a larger count, however many digits it has', () => {
    expect(count.parse('9999999')).toEqual({ ok: true, value: 9_999_999 });
    for (const raw of ['10000000', '99999999999999999999']) {
      expect(messageOf(count.parse(raw))).toBe(`"${raw}" is above the maximum of 9,999,999 a count can have; check the value`);
    }
  });
});

describe('numbers', () => {
  it('reads edition numbers of 1 or more', () => {
    expect(positiveInteger.parse('13')).toEqual({ ok: true, value: 13 });
    expect(messageOf(positiveInteger.parse('0'))).toBe('"0" is not allowed; expected a whole number of 1 or more');
    expect(messageOf(positiveInteger.parse(''))).toBe('"" is not a whole number; expected a whole number of 1 or more');
  });

  it('reads four-digit years only', () => {
    expect(year.parse('2011')).toEqual({ ok: true, value: 2011 });
    expect(messageOf(year.parse('11'))).toBe('"11" is not a year; expected four digits such as 2012');
  });

  it('reads decimals within range', () => {
    const lat = decimalBetween(-90, 90, 'latitude');
    expect(lat.parse('-33.5')).toEqual({ ok: true, value: -33.5 });
    expect(messageOf(lat.parse('90.1'))).toBe('"90.1" is out of range; a latitude is between -90 and 90');
    expect(messageOf(lat.parse(''))).toBe('"" is not a decimal number; expected a latitude such as 40.7128');
    expect(messageOf(lat.parse('1e2'))).toContain('is not a decimal number');
  });
});

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-1-01')).toBe(false);
  });

  it('reads an ISO date or a blank cell', () => {
    expect(optionalIsoDate.parse('')).toEqual({ ok: true, value: null });
    expect(optionalIsoDate.parse('2012-06-25')).toEqual({ ok: true, value: '2012-06-25' });
    expect(messageOf(optionalIsoDate.parse('2012-06-31'))).toBe('"2012-06-31" is not a real date');
    expect(messageOf(optionalIsoDate.parse('25/06/2012'))).toContain('is not a date in the form YYYY-MM-DD');
    expect(messageOf(optionalIsoDate.parse('2012'))).toContain('is not a date in the form YYYY-MM-DD');
  });

  it('reads a source date as YYYY, YYYY-MM, YYYY-MM-DD or blank', () => {
    for (const raw of ['', '2015', '2015-10', '2015-10-17']) expect(partialDate.parse(raw)).toEqual({ ok: true, value: raw });
    for (const raw of ['2015-13', '2015-10-32', 'Oct 2015', '15']) {
      expect(messageOf(partialDate.parse(raw))).toContain('expected YYYY, YYYY-MM or YYYY-MM-DD');
    }
  });
});

describe('text, ids and enums', () => {
  it('requires non-blank text where a value is required', () => {
    expect(messageOf(requiredName.parse('  '))).toBe('is blank; a value is required');
    expect(requiredName.parse('FBI Seattle')).toEqual({ ok: true, value: 'FBI Seattle' });
  });

  it('rejects ids with spaces or separators', () => {
    expect(messageOf(identifier.parse('new york'))).toContain('"new york" is not a valid id');
    expect(messageOf(identifier.parse(''))).toBe('is blank; an id is required');
  });

  it('splits ;-separated id lists and rejects empty entries', () => {
    expect(idList.parse('')).toEqual({ ok: true, value: [] });
    expect(idList.parse('S1;S2')).toEqual({ ok: true, value: ['S1', 'S2'] });
    expect(messageOf(idList.parse('S1;;S2'))).toBe('"S1;;S2" has an empty entry; separate ids with a single ";"');
    expect(messageOf(idList.parse('S1;'))).toContain('has an empty entry');
  });

  it('reads an optional enum', () => {
    const qualifier = optionalOneOf(['at-least', 'approximately']);
    expect(qualifier.parse('')).toEqual({ ok: true, value: null });
    expect(qualifier.parse('approximately')).toEqual({ ok: true, value: 'approximately' });
    expect(messageOf(qualifier.parse('about'))).toBe(
      '"about" is not allowed; expected one of "at-least", "approximately", or a blank cell',
    );
  });
});

describe('webUrl', () => {
  it('accepts http and https links and a blank cell', () => {
    for (const raw of ['', 'https://example.org/a?b=1', 'http://example.org', 'HTTPS://EXAMPLE.ORG']) {
      expect(webUrl.parse(raw)).toEqual({ ok: true, value: raw });
    }
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org', '//example.org', 'https://', ' https://example.org', 'https://exa mple.org'])(
    'rejects %j',
    (raw) => {
      expect(messageOf(webUrl.parse(raw))).toContain('only http:// and https:// links are allowed');
    },
  );
});
