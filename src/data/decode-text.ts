/**
 * The one decoding step for every file a package (and, later, an analyst's import) brings: bytes in,
 * UTF-8 text out, or one plain issue saying what the file is instead and how to fix it.
 *
 * Decoding is fatal on purpose: a lenient decoder turns a Windows-1252 "Montréal" into "Montr�al" and
 * the package loads with a wrong office name. UTF-16 is recognised before decoding (its ASCII text is
 * valid UTF-8 full of NUL bytes, which would otherwise come out as mojibake column names), and so are
 * compressed and binary files, so none of them is ever shown as text. Pure: no DOM, no fetch.
 */
import type { ValidationIssue } from './types';

/** What a file that is not UTF-8 text is instead, so a caller (the import) can say how to fix it in its own words. */
export type NotTextReason = 'utf-16' | 'utf-32' | 'gzip' | 'zip' | 'binary' | 'not-utf-8';

export type DecodeResult = { ok: true; text: string } | { ok: false; issue: ValidationIssue; reason: NotTextReason };

/** How many leading bytes the UTF-16 and binary checks look at: enough for a header line or two. */
const SAMPLE_BYTES = 512;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, i) => bytes[i] === byte);

/**
 * UTF-16 without a byte-order mark: ASCII text then has a NUL in every other byte (odd positions for
 * little-endian, even for big-endian) and almost none in the other half.
 */
function looksLikeUtf16(sample: Uint8Array): boolean {
  const pairs = Math.floor(sample.length / 2);
  if (pairs === 0) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  const half = pairs / 2;
  const few = pairs / 10;
  return (oddZeros >= half && evenZeros <= few) || (evenZeros >= half && oddZeros <= few);
}

/**
 * Offset of the first byte that does not start a valid UTF-8 sequence (the WHATWG decoder's rules:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when every byte is valid.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= needed; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || next < lower || next > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += needed + 1;
  }
  return -1;
}

/** 1-based line of a byte offset, counting CR LF, LF and a lone CR as one line break each (as the CSV reader does). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line += 1;
  }
  return line;
}

const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

const UTF16 = { reason: 'utf-16', message: 'this file is UTF-16; save it as UTF-8' } as const;

/** What the file is when it is not text, or null when it may be text. */
function notText(bytes: Uint8Array): { reason: NotTextReason; message: string } | null {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return { reason: 'utf-32', message: 'this file is UTF-32; save it as UTF-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return UTF16;
  if (startsWith(bytes, [0x1f, 0x8b])) {
    return { reason: 'gzip', message: 'this is not a text file: it is compressed with gzip; decompress it and use the UTF-8 text inside' };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { reason: 'zip', message: 'this is not a text file: it is a ZIP archive (an Excel .xlsx workbook is one too); save it as UTF-8 text' };
  }
  // Signatures first: a short binary header can look like UTF-16 by chance.
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (looksLikeUtf16(sample)) return UTF16;
  // One stray NUL in a text file is left to the cell check, which can name its line and column.
  const nuls = sample.reduce((count, byte) => (byte === 0 ? count + 1 : count), 0);
  if (nuls >= Math.max(2, sample.length * 0.05)) {
    const message = `this is not a text file: it holds binary data (a NUL byte at byte ${sample.indexOf(0) + 1}); save it as UTF-8 text`;
    return { reason: 'binary', message };
  }
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file's bytes as UTF-8, dropping a leading BOM. `file` names the file in the issue.
 * Byte positions in messages count from 1, like lines.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodeResult {
  const fail = (line: number | null, message: string, reason: NotTextReason = 'not-utf-8'): DecodeResult => ({
    ok: false,
    issue: { file, line, column: null, message },
    reason,
  });
  const other = notText(bytes);
  if (other !== null) return fail(null, other.message, other.reason);
  try {
    // The decoder drops a leading UTF-8 BOM by itself (ignoreBOM is false by default).
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    if (offset < 0) return fail(null, 'this file is not UTF-8; save it as UTF-8');
    const line = lineAt(bytes, offset);
    const detail = `the byte ${hex(bytes[offset] ?? 0)} does not start a valid UTF-8 character (text saved as Windows-1252 or Latin-1 looks like this)`;
    return fail(line, `this file is not UTF-8 at byte ${offset + 1} (line ${line}): ${detail}; save it as UTF-8`);
  }
}
