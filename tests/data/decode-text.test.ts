// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/data/decode-text';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

/** UTF-16 code units of ASCII text, low byte first or high byte first. */
const utf16 = (text: string, order: 'le' | 'be'): number[] =>
  Array.from(text).flatMap((ch) => (order === 'le' ? [ch.charCodeAt(0), 0] : [0, ch.charCodeAt(0)]));

const issueOf = (input: Uint8Array, file = 'offices.csv') => {
  const result = decodeText(input, file);
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.text)}`);
  return result.issue;
};

describe('decodeText', () => {
  it('decodes UTF-8, including characters outside ASCII', () => {
    expect(decodeText(bytes('id,name\r\nmontreal,Montréal – 東京 😀\r\n'), 'offices.csv')).toEqual({
      ok: true,
      text: 'id,name\r\nmontreal,Montréal – 東京 😀\r\n',
    });
  });

  it('drops a leading UTF-8 BOM and keeps a later U+FEFF for the cell check to report', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a,b\n'), 'x.csv')).toEqual({ ok: true, text: 'a,b\n' });
    expect(decodeText(bytes('a', [0xef, 0xbb, 0xbf], 'b'), 'x.csv')).toEqual({ ok: true, text: 'a\uFEFFb' });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(new Uint8Array(0), 'gaps.csv')).toEqual({ ok: true, text: '' });
  });

  it('rejects Windows-1252 bytes, naming the byte and its line', () => {
    // "Montr\xE9al" on line 3: é in Windows-1252 is the single byte 0xE9, which UTF-8 never allows there.
    const input = bytes('id,name\r\nseattle,Seattle\r\nmontreal,Montr', [0xe9], 'al\r\n');
    expect(issueOf(input)).toEqual({
      file: 'offices.csv',
      line: 3,
      column: null,
      message:
        'this file is not UTF-8 at byte 41 (line 3): the byte 0xE9 does not start a valid UTF-8 character (text saved as Windows-1252 or Latin-1 looks like this); save it as UTF-8',
    });
  });

  it.each([
    ['a lone continuation byte', [0x80], 1],
    ['a truncated sequence', [0xe2, 0x82], 1],
    ['an overlong encoding of "/"', [0xc0, 0xaf], 1],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 1],
  ])('rejects %s', (_, invalid, line) => {
    const issue = issueOf(bytes('ab', invalid, 'cd'), 'sources.csv');
    expect(issue.line).toBe(line);
    expect(issue.message).toMatch(/^this file is not UTF-8 at byte 3 \(line 1\): the byte 0x[0-9A-F]{2} does not start a valid UTF-8 character/);
  });

  it('rejects a sequence cut off by the end of the file', () => {
    expect(issueOf(bytes('ab\n€', [0xe2, 0x82])).message).toMatch(/^this file is not UTF-8 at byte 7 \(line 2\): the byte 0xE2 /);
  });

  it('counts lines after CR LF, LF and a lone CR', () => {
    expect(issueOf(bytes('a\r\nb\nc\rd', [0xff])).line).toBe(4);
  });

  it.each([
    ['a UTF-16 LE BOM', [0xff, 0xfe, ...utf16('id,name\n', 'le')]],
    ['a UTF-16 BE BOM', [0xfe, 0xff, ...utf16('id,name\n', 'be')]],
    ['UTF-16 LE without a BOM', utf16('edition,place\r\n', 'le')],
    ['UTF-16 BE without a BOM', utf16('edition,place\r\n', 'be')],
  ])('says a file with %s is UTF-16, with no mojibake', (_, input) => {
    expect(issueOf(bytes(input), 'observations.csv')).toEqual({
      file: 'observations.csv',
      line: null,
      column: null,
      message: 'this file is UTF-16; save it as UTF-8',
    });
  });

  it('says a file with a UTF-32 BOM is UTF-32', () => {
    expect(issueOf(bytes([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])).message).toBe('this file is UTF-32; save it as UTF-8');
  });

  it.each([
    ['gzip', [0x1f, 0x8b, 0x08, 0x00, 0x12], 'this is not a text file: it is compressed with gzip; decompress it and use the UTF-8 text inside'],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14], 'this is not a text file: it is a ZIP archive (an Excel .xlsx workbook is one too); save it as UTF-8 text'],
    ['binary with many NUL bytes', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48], 'this is not a text file: it holds binary data (a NUL byte at byte 9); save it as UTF-8 text'],
  ])('says a %s file is not a text file', (_, input, message) => {
    expect(issueOf(bytes(input), 'editions.csv')).toEqual({ file: 'editions.csv', line: null, column: null, message });
  });

  it('leaves a single NUL in otherwise plain text to the cell check, which can name its line and column', () => {
    expect(decodeText(bytes('id,note\nI,a', [0], 'b\n'), 'editions.csv')).toEqual({ ok: true, text: 'id,note\nI,a\u0000b\n' });
  });
});
