// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkCellText, quoteText, TEXT_LIMITS } from '../../src/data/cell-text';

describe('checkCellText', () => {
  it('passes plain text through and stores other text in NFC', () => {
    expect(checkCellText('FBI Seattle', 'name')).toEqual({ ok: true, text: 'FBI Seattle' });
    expect(checkCellText('San Juan, Puerto Rico – Montre\u0301al', 'name')).toEqual({ ok: true, text: 'San Juan, Puerto Rico – Montr\u00E9al' });
    expect(checkCellText('caf\u0065\u0301', 'id')).toEqual({ ok: true, text: 'caf\u00E9' });
  });

  it('keeps a web address byte for byte', () => {
    expect(checkCellText('https://example.org/Montre\u0301al', 'url')).toEqual({ ok: true, text: 'https://example.org/Montre\u0301al' });
  });

  it('allows line breaks in notes only', () => {
    expect(checkCellText('one\r\ntwo\nthree', 'note')).toEqual({ ok: true, text: 'one\r\ntwo\nthree' });
    expect(checkCellText('one\ntwo', 'list')).toEqual({
      ok: false,
      message: 'contains U+000A LINE FEED at character 4; a list of ids must fit on one line (only notes may span lines)',
    });
  });

  it('counts the position in characters, so an emoji before the problem counts once', () => {
    expect(checkCellText('😀😀\u202Ex', 'note')).toEqual({
      ok: false,
      message: 'contains U+202E RIGHT-TO-LEFT OVERRIDE at character 3; remove it (invisible characters that hide or reorder text are not allowed)',
    });
  });

  it('names a lone surrogate, which only text built in memory can hold', () => {
    expect(checkCellText('ab\uD800c', 'name')).toEqual({
      ok: false,
      message: 'contains U+D800, half of a character (a lone surrogate), at character 3; the text is damaged, so type it again',
    });
  });

  it('has the documented limits', () => {
    expect(TEXT_LIMITS).toEqual({ id: 64, list: 1000, value: 64, name: 200, note: 2000, url: 2000 });
    expect(checkCellText('x'.repeat(200), 'name').ok).toBe(true);
    expect(checkCellText('x'.repeat(1001), 'list')).toEqual({ ok: false, message: 'is 1,001 characters long; a list of ids can have at most 1,000; shorten it' });
  });
});

describe('quoteText', () => {
  it('quotes, escapes invisible and control characters, and cuts long text to an excerpt', () => {
    expect(quoteText('a"b')).toBe('"a\\"b"');
    expect(quoteText('x\u202Ey\u0000\u0085')).toBe('"x\\u202Ey\\u0000\\u0085"');
    expect(quoteText('y'.repeat(100))).toBe(`"${'y'.repeat(60)}…"`);
  });
});
