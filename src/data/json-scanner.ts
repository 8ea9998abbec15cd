/**
 * The scanner of the strict JSON parser (json-syntax.ts): tokens with their places, the first bad one
 * thrown as a syntax error with jsonc-parser's code for it; and the depth check made before parsing.
 */

/** The error codes of jsonc-parser's ParseErrorCode, the ones strict JSON can raise. */
export const SYNTAX = {
  invalidSymbol: 1,
  invalidNumberFormat: 2,
  propertyNameExpected: 3,
  valueExpected: 4,
  colonExpected: 5,
  commaExpected: 6,
  closeBraceExpected: 7,
  closeBracketExpected: 8,
  endOfFileExpected: 9,
  invalidCommentToken: 10,
  unexpectedEndOfString: 12,
  unexpectedEndOfNumber: 13,
  invalidUnicode: 14,
  invalidEscapeCharacter: 15,
  invalidCharacter: 16,
} as const;

/** Where a token starts: its offset, and its 0-based line and character (UTF-16 units). */
export interface Place {
  offset: number;
  line: number;
  character: number;
}

export interface JsonSyntaxError extends Place {
  code: number;
}

export type Literal = string | number | boolean | null;

/** The kinds of token the parser reads. */
export const Token = {
  OpenBrace: 0,
  CloseBrace: 1,
  OpenBracket: 2,
  CloseBracket: 3,
  Comma: 4,
  Colon: 5,
  String: 6,
  Number: 7,
  Literal: 8,
  EndOfFile: 9,
} as const;
export type Token = (typeof Token)[keyof typeof Token];

/** Thrown inside the parser and caught at its top: the first error ends the reading. */
export class Stop extends Error {
  constructor(readonly error: JsonSyntaxError) {
    super('JSON syntax error');
  }
}

/** JSON's line breaks: \n, \r, and \r\n as one. */
const isLineBreak = (code: number): boolean => code === 10 || code === 13;

/** JSON's other whitespace: space and tab (jsonc-parser reads no more; NBSP or a BOM inside is an error). */
const isWhitespace = (code: number): boolean => code === 32 || code === 9;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Characters that end a bare word (`true`, `NaN`, `'a'`): whitespace, line breaks and JSON's punctuation. */
const endsWord = (code: number): boolean =>
  isWhitespace(code) || isLineBreak(code) || code === 123 || code === 125 || code === 91 || code === 93 || code === 34 || code === 58 || code === 44 || code === 47;

const ESCAPES: Readonly<Record<number, string>> = { 34: '"', 92: '\\', 47: '/', 98: '\b', 102: '\f', 110: '\n', 114: '\r', 116: '\t' };

/** A scanner over the text: `next()` reads the next token, skipping whitespace and stopping at a bad one. */
export function jsonScanner(text: string) {
  const length = text.length;
  let pos = 0;
  let line = 0;
  let lineStart = 0;
  const token: { kind: Token; value: Literal } & Place = { kind: Token.EndOfFile, offset: 0, line: 0, character: 0, value: null };

  const fail = (code: number, offset: number, atLine: number, character: number): never => {
    throw new Stop({ code, offset, line: atLine, character });
  };

  /** The number at `pos` (a minus sign is read already); its scan error, or 0. */
  function scanNumber(): number {
    if (text.charCodeAt(pos) === 48) pos += 1;
    else while (pos < length && isDigit(text.charCodeAt(pos))) pos += 1;
    if (text.charCodeAt(pos) === 46) {
      pos += 1;
      if (!isDigit(text.charCodeAt(pos))) return SYNTAX.unexpectedEndOfNumber;
      while (pos < length && isDigit(text.charCodeAt(pos))) pos += 1;
    }
    const code = text.charCodeAt(pos);
    if (code === 69 || code === 101) {
      pos += 1;
      const sign = text.charCodeAt(pos);
      if (sign === 43 || sign === 45) pos += 1;
      if (!isDigit(text.charCodeAt(pos))) return SYNTAX.unexpectedEndOfNumber;
      while (pos < length && isDigit(text.charCodeAt(pos))) pos += 1;
    }
    return 0;
  }

  /** The scan error of the last text value (the last one in it, as in jsonc-parser), or 0. */
  let stringError = 0;

  /** The text value after an opening quote; its problem in stringError. */
  function scanString(): string {
    let value = '';
    let start = pos;
    stringError = 0;
    for (;;) {
      if (pos >= length) {
        stringError = SYNTAX.unexpectedEndOfString;
        return value + text.slice(start, pos);
      }
      const code = text.charCodeAt(pos);
      if (code === 34) {
        value += text.slice(start, pos);
        pos += 1;
        return value;
      }
      if (code === 92) {
        value += text.slice(start, pos);
        pos += 1;
        if (pos >= length) {
          stringError = SYNTAX.unexpectedEndOfString;
          return value;
        }
        const escape = text.charCodeAt(pos);
        pos += 1;
        if (escape === 117) {
          const hex = /^[0-9a-fA-F]{0,4}/.exec(text.slice(pos, pos + 4))?.[0] ?? '';
          pos += hex.length;
          if (hex.length === 4) value += String.fromCharCode(parseInt(hex, 16));
          else stringError = SYNTAX.invalidUnicode;
        } else {
          const plain = ESCAPES[escape];
          if (plain === undefined) stringError = SYNTAX.invalidEscapeCharacter;
          else value += plain;
        }
        start = pos;
        continue;
      }
      if (code <= 0x1f) {
        if (isLineBreak(code)) {
          stringError = SYNTAX.unexpectedEndOfString;
          return value + text.slice(start, pos);
        }
        stringError = SYNTAX.invalidCharacter;
      }
      pos += 1;
    }
  }

  /** Skips whitespace and line breaks, counting lines. */
  function skipSpace(): void {
    while (pos < length) {
      const code = text.charCodeAt(pos);
      if (isWhitespace(code)) pos += 1;
      else if (isLineBreak(code)) {
        pos += code === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
        line += 1;
        lineStart = pos;
      } else return;
    }
  }

  /** The token of a one-character punctuation mark, or null. */
  function punctuation(code: number): Token | null {
    switch (code) {
      case 123:
        return Token.OpenBrace;
      case 125:
        return Token.CloseBrace;
      case 91:
        return Token.OpenBracket;
      case 93:
        return Token.CloseBracket;
      case 44:
        return Token.Comma;
      case 58:
        return Token.Colon;
      default:
        return null;
    }
  }

  function next(): void {
    skipSpace();
    const offset = pos;
    const character = pos - lineStart;
    token.offset = offset;
    token.line = line;
    token.character = character;
    token.value = null;
    if (pos >= length) {
      token.kind = Token.EndOfFile;
      return;
    }
    const code = text.charCodeAt(pos);
    const single = punctuation(code);
    if (single !== null) {
      pos += 1;
      token.kind = single;
      return;
    }
    if (code === 34) {
      pos += 1;
      const value = scanString();
      if (stringError !== 0) fail(stringError, offset, line, character);
      token.kind = Token.String;
      token.value = value;
      return;
    }
    if (code === 47 && (text.charCodeAt(pos + 1) === 47 || text.charCodeAt(pos + 1) === 42)) fail(SYNTAX.invalidCommentToken, offset, line, character);
    if (code === 45 || isDigit(code)) {
      if (code === 45) {
        pos += 1;
        if (!isDigit(text.charCodeAt(pos))) fail(SYNTAX.invalidSymbol, offset, line, character);
      }
      const error = scanNumber();
      if (error !== 0) fail(error, offset, line, character);
      const value = Number(text.slice(offset, pos));
      if (Number.isNaN(value)) fail(SYNTAX.invalidNumberFormat, offset, line, character);
      token.kind = Token.Number;
      token.value = value;
      return;
    }
    // A bare word: true, false and null are values; anything else (NaN, 'a', a lone "/") is not JSON.
    while (pos < length && !endsWord(text.charCodeAt(pos))) pos += 1;
    if (pos === offset) pos += 1;
    const word = text.slice(offset, pos);
    if (word !== 'true' && word !== 'false' && word !== 'null') fail(SYNTAX.invalidSymbol, offset, line, character);
    token.kind = Token.Literal;
    token.value = word === 'null' ? null : word === 'true';
  }

  const place = (): Place => ({ offset: token.offset, line: token.line, character: token.character });
  const error = (code: number): never => fail(code, token.offset, token.line, token.character);
  return { token, next, place, error, length: () => pos - token.offset };
}


/**
 * The first bracket that opens a level deeper than `maxDepth`, or null, found in one pass without
 * recursion (brackets inside text values and comments do not count), so a file nested 100,000
 * levels deep is refused before anything recurses.
 */
export function deepestBracket(text: string, maxDepth: number): Place | null {
  let depth = 0;
  let line = 0;
  let lineStart = 0;
  for (let pos = 0; pos < text.length; pos += 1) {
    const code = text.charCodeAt(pos);
    if (code === 123 || code === 91) {
      depth += 1;
      if (depth > maxDepth) return { offset: pos, line, character: pos - lineStart };
    } else if (code === 125 || code === 93) depth -= 1;
    else if (code === 34) {
      // A text value ends at its closing quote, at a line break (unclosed) or at the end.
      for (pos += 1; pos < text.length; pos += 1) {
        const inner = text.charCodeAt(pos);
        if (inner === 92) pos += 1;
        else if (inner === 34) break;
        else if (isLineBreak(inner)) {
          pos -= 1;
          break;
        }
      }
    } else if (code === 47 && text.charCodeAt(pos + 1) === 47) {
      // A comment (an error the parser reports) hides its brackets, as it did from jsonc-parser's scan.
      while (pos + 1 < text.length && !isLineBreak(text.charCodeAt(pos + 1))) pos += 1;
    } else if (code === 47 && text.charCodeAt(pos + 1) === 42) {
      const end = text.indexOf('*/', pos + 2);
      const last = end === -1 ? text.length - 1 : end + 1;
      for (pos += 2; pos < last; pos += 1) {
        const inner = text.charCodeAt(pos);
        if (!isLineBreak(inner)) continue;
        if (inner === 13 && text.charCodeAt(pos + 1) === 10) pos += 1;
        line += 1;
        lineStart = pos + 1;
      }
    } else if (isLineBreak(code)) {
      if (code === 13 && text.charCodeAt(pos + 1) === 10) pos += 1;
      line += 1;
      lineStart = pos + 1;
    }
  }
  return null;
}

