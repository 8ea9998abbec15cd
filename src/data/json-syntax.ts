/**
 * The strict JSON parser under the one JSON reader (json-reader.ts): it calls back with each value,
 * key and bracket and its place, and stops at the first syntax error with its code and place (the
 * scanner, and the depth check made before parsing: json-scanner.ts).
 *
 * This was `jsonc-parser` (Microsoft's, the one VS Code uses) in strict mode. The reader needs only
 * strict JSON and the first error, and the library, with its comments, trailing commas, edits and
 * formatting, was 4 kB of gzip in the dashboard's JS; these two files keep its behaviour where the
 * reader can see it: the same values, the same error codes at the same places (a test compares the
 * two on thousands of broken files), the same whitespace and the same lines (\r\n, \r and \n each
 * end one).
 */
import { jsonScanner, Stop, SYNTAX, Token } from './json-scanner';
import type { JsonSyntaxError, Literal, Place } from './json-scanner';

export type { JsonSyntaxError, Literal, Place } from './json-scanner';
export { deepestBracket, SYNTAX } from './json-scanner';

export interface JsonVisitor {
  onObjectBegin: (at: Place) => void;
  onObjectEnd: () => void;
  onArrayBegin: (at: Place) => void;
  onArrayEnd: () => void;
  onObjectProperty: (key: string, at: Place) => void;
  /** `length` is the token's length in the text: a number's written form is `text.slice(offset, offset + length)`. */
  onLiteralValue: (value: Literal, at: Place, length: number) => void;
}

/**
 * Reads `text` as strict JSON, calling the visitor for each value in order; returns the first syntax
 * error (the reading stops there), or null. Nesting is the caller's to cap before (deepestBracket):
 * the parser recurses once per level.
 */
export function visitJson(text: string, visitor: JsonVisitor): JsonSyntaxError | null {
  const scan = jsonScanner(text);
  const { token } = scan;

  function parseValue(): boolean {
    switch (token.kind) {
      case Token.OpenBrace:
        parseObject();
        return true;
      case Token.OpenBracket:
        parseArray();
        return true;
      case Token.String:
      case Token.Number:
      case Token.Literal: {
        const length = scan.length();
        const at = scan.place();
        visitor.onLiteralValue(token.value, at, length);
        scan.next();
        return true;
      }
      default:
        return false;
    }
  }

  /** The items of a list or the members of an object, as jsonc-parser reads them: commas between, none after. */
  function parseMembers(close: Token, member: () => void): void {
    scan.next();
    let needsComma = false;
    while (token.kind !== close && token.kind !== Token.EndOfFile) {
      if (token.kind === Token.Comma) {
        if (!needsComma) scan.error(SYNTAX.valueExpected);
        scan.next();
      } else if (needsComma) scan.error(SYNTAX.commaExpected);
      member();
      needsComma = true;
    }
  }

  /** After the end callback, as jsonc-parser calls it: the closing bracket, or an error at what came instead. */
  function close(bracket: Token, missing: number): void {
    if (token.kind !== bracket) scan.error(missing);
    scan.next();
  }

  function parseObject(): void {
    visitor.onObjectBegin(scan.place());
    parseMembers(Token.CloseBrace, () => {
      if (token.kind !== Token.String) scan.error(SYNTAX.propertyNameExpected);
      visitor.onObjectProperty(token.value as string, scan.place());
      scan.next();
      if (token.kind !== Token.Colon) scan.error(SYNTAX.colonExpected);
      scan.next();
      if (!parseValue()) scan.error(SYNTAX.valueExpected);
    });
    visitor.onObjectEnd();
    close(Token.CloseBrace, SYNTAX.closeBraceExpected);
  }

  function parseArray(): void {
    visitor.onArrayBegin(scan.place());
    parseMembers(Token.CloseBracket, () => {
      if (!parseValue()) scan.error(SYNTAX.valueExpected);
    });
    visitor.onArrayEnd();
    close(Token.CloseBracket, SYNTAX.closeBracketExpected);
  }

  try {
    scan.next();
    if (!parseValue()) scan.error(SYNTAX.valueExpected);
    if (token.kind !== Token.EndOfFile) scan.error(SYNTAX.endOfFileExpected);
    return null;
  } catch (thrown) {
    if (thrown instanceof Stop) return thrown.error;
    throw thrown;
  }
}

