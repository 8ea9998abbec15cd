/**
 * The one cell-text check: every cell of a package table passes through it before its own parser,
 * with the rules of its column's kind, and the analysts' file import (issue 12) reuses it.
 *
 * - No control characters anywhere (NUL, C0, DEL, C1), tab included: a tab in a cell is a paste
 *   accident, and tabs start a formula in a spreadsheet that opens an export.
 * - Line breaks (CR, LF) only in notes: names, ids and values are shown and matched on one line.
 * - No invisible characters that hide or reorder text (zero-width characters, bidi controls, the
 *   Unicode line and paragraph separators), in any kind, notes included: a right-to-left override in
 *   an office name shows a different name than the one stored, and no note needs one.
 * - A length cap per kind (TEXT_LIMITS), counted in characters (code points), checked first, so a
 *   10 MB cell costs one message and never reaches a parser or the screen.
 * - Text is stored in NFC, so a decomposed "é" equals a composed one; URLs are kept byte for byte.
 */

/** Which rules a column's cells follow. */
export type TextKind = 'id' | 'list' | 'value' | 'name' | 'note' | 'url';

/** The longest text each kind may hold, in characters. The published data's longest note is 584. */
export const TEXT_LIMITS: Readonly<Record<TextKind, number>> = {
  id: 64,
  list: 1_000,
  value: 64,
  name: 200,
  note: 2_000,
  url: 2_000,
};

const NOUN: Readonly<Record<TextKind, string>> = {
  id: 'an id',
  list: 'a list of ids',
  value: 'a value',
  name: 'a name or label',
  note: 'a note',
  url: 'a web address',
};

export type TextCheck = { ok: true; text: string } | { ok: false; message: string };

const C0_NAMES = [
  'NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE',
  'BELL', 'BACKSPACE', 'CHARACTER TABULATION', 'LINE FEED', 'LINE TABULATION', 'FORM FEED', 'CARRIAGE RETURN',
  'SHIFT OUT', 'SHIFT IN', 'DATA LINK ESCAPE', 'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR', 'NEGATIVE ACKNOWLEDGE', 'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK', 'CANCEL',
  'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE', 'FILE SEPARATOR', 'GROUP SEPARATOR', 'RECORD SEPARATOR', 'UNIT SEPARATOR',
];

const INVISIBLE_NAMES: Readonly<Record<number, string>> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** Every character no cell may hold, plus CR and LF (allowed in notes only) and lone surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060\u2066-\u2069\uFEFF]|\p{Cs}/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');
const PLAIN_ASCII = /^[\u0020-\u007E]*$/;

const codePoint = (point: number): string => `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
const grouped = (n: number): string => n.toLocaleString('en-US');

function countCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
  }
  return count;
}

/** What to say about one forbidden character, found at `position` (1-based, in characters). */
function characterProblem(point: number, position: number, kind: TextKind): string {
  const at = `at character ${position}`;
  if (point === 0x09) return `contains U+0009 CHARACTER TABULATION ${at}; replace it with a space`;
  if (point === 0x0a || point === 0x0d) {
    return `contains ${codePoint(point)} ${C0_NAMES[point] ?? ''} ${at}; ${NOUN[kind]} must fit on one line (only notes may span lines)`;
  }
  const controls = 'remove it (control characters are not allowed)';
  if (point < 0x20) return `contains ${codePoint(point)} ${C0_NAMES[point] ?? ''} ${at}; ${controls}`;
  if (point === 0x7f) return `contains U+007F DELETE ${at}; ${controls}`;
  if (point <= 0x9f) return `contains ${codePoint(point)}, a C1 control character, ${at}; ${controls}`;
  const invisible = INVISIBLE_NAMES[point];
  if (invisible !== undefined) {
    return `contains ${codePoint(point)} ${invisible} ${at}; remove it (invisible characters that hide or reorder text are not allowed)`;
  }
  return `contains ${codePoint(point)}, half of a character (a lone surrogate), ${at}; the text is damaged, so type it again`;
}

/** Checks one cell's text against the rules of its kind; returns the text to store (NFC) or why not. */
export function checkCellText(raw: string, kind: TextKind): TextCheck {
  const limit = TEXT_LIMITS[kind];
  // Most cells are short plain ASCII: nothing to find, nothing to normalise.
  if (raw.length <= limit && PLAIN_ASCII.test(raw)) return { ok: true, text: raw };
  const length = countCharacters(raw);
  if (length > limit) {
    return { ok: false, message: `is ${grouped(length)} characters long; ${NOUN[kind]} can have at most ${grouped(limit)}; shorten it` };
  }
  FORBIDDEN_ALL.lastIndex = 0;
  for (let match = FORBIDDEN_ALL.exec(raw); match !== null; match = FORBIDDEN_ALL.exec(raw)) {
    const point = match[0].codePointAt(0) ?? 0;
    if (kind === 'note' && (point === 0x0a || point === 0x0d)) continue;
    return { ok: false, message: characterProblem(point, countCharacters(raw.slice(0, match.index)) + 1, kind) };
  }
  return { ok: true, text: kind === 'url' ? raw : raw.normalize('NFC') };
}

/** Longest excerpt of a value quoted back in a message. */
const EXCERPT = 60;

/**
 * Quotes text back in a message: JSON-style quotes and escapes, invisible and control characters
 * written as `\uXXXX` so they can neither hide nor reorder the message, and cut to an excerpt.
 */
export function quoteText(raw: string): string {
  const excerpt = raw.length > EXCERPT ? `${raw.slice(0, EXCERPT)}…` : raw;
  return JSON.stringify(excerpt).replace(
    new RegExp(FORBIDDEN.source, 'gu'),
    (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
