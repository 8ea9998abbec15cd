/**
 * The one JSON reader: the manifest and the catalogue now, the analysts' JSON import later (issue 12).
 *
 * JSON.parse is not enough for files from a host or an analyst: it keeps the last of two duplicate
 * keys silently (a manifest saying `"kind": "sample"` then `"kind": "published"` reads as published),
 * its error positions differ by engine, and it recurses on nesting. This reader uses a strict JSON
 * parser (json-syntax.ts: no comments, no trailing commas; it reproduces `jsonc-parser`, Microsoft's,
 * which this used before) and adds what a boundary needs: every problem located by line and
 * character, duplicate keys reported with both places, `__proto__`/`constructor`/`prototype` keys
 * refused, a cap on nesting (checked by an iterative scan before anything recurses) and on length,
 * and fresh objects without a prototype.
 */
import { quoteText } from './cell-text';
import { deepestBracket, SYNTAX, visitJson } from './json-syntax';
import type { Place } from './json-syntax';
import type { ValidationIssue } from './types';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonPath = readonly (string | number)[];

/** 1-based line and character (UTF-16 units) of a value, or of the key that names it. */
export interface JsonPosition {
  line: number;
  character: number;
}

/** What kind of problem an issue is, for callers that give each kind its own code (the import). */
export type JsonIssueKind = 'too-long' | 'empty' | 'too-deep' | 'syntax' | 'forbidden-key' | 'duplicate-key';

export interface JsonIssueDetail {
  kind: JsonIssueKind;
  /** 1-based character on the issue's line, or null for whole-file issues. */
  character: number | null;
}

export type JsonReadResult =
  | {
      ok: true;
      value: JsonValue;
      locate: (path: readonly PropertyKey[]) => JsonPosition;
      /**
       * The source text of a number written with a fraction or an exponent, or with more than 15
       * digits (`12.0`, `1e3`, `12345678901234567890`): the parsed value hides that form, and a count
       * must be shown back as the file wrote it. Undefined for plain integers and for anything else.
       */
      numberText: (path: readonly PropertyKey[]) => string | undefined;
    }
  | { ok: false; issues: ValidationIssue[]; details: JsonIssueDetail[] };

export interface JsonReadOptions {
  /** Deepest nesting of objects and lists accepted. */
  maxDepth?: number;
  /** Longest text accepted, in UTF-16 units, checked before reading. */
  maxLength?: number;
}

const DEFAULTS: Required<JsonReadOptions> = { maxDepth: 32, maxLength: 1_000_000 };

/** Keys that mean something to JavaScript objects; a data file never needs them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const SYNTAX_MESSAGES: Readonly<Record<number, string>> = {
  [SYNTAX.invalidNumberFormat]: 'a number is not written the JSON way',
  [SYNTAX.propertyNameExpected]: 'expected a key in double quotes',
  [SYNTAX.valueExpected]: 'expected a value',
  [SYNTAX.colonExpected]: 'expected ":" after the key',
  [SYNTAX.commaExpected]: 'expected "," between values',
  [SYNTAX.closeBraceExpected]: 'expected "}" to close the object',
  [SYNTAX.closeBracketExpected]: 'expected "]" to close the list',
  [SYNTAX.endOfFileExpected]: 'unexpected text after the end of the JSON value',
  [SYNTAX.invalidCommentToken]: 'comments are not allowed in JSON',
  [SYNTAX.unexpectedEndOfString]: 'a text value is not closed with a double quote',
  [SYNTAX.unexpectedEndOfNumber]: 'a number ends too early',
  [SYNTAX.invalidUnicode]: 'a \\u escape needs four hexadecimal digits',
  [SYNTAX.invalidEscapeCharacter]: 'a text value holds an unknown escape after a backslash',
  [SYNTAX.invalidCharacter]: 'a text value holds a control character; write it as an escape such as \\n or \\t',
};

/** A place of the parser (0-based) as the reader reports it (1-based). */
const at = (place: Place): JsonPosition => ({ line: place.line + 1, character: place.character + 1 });

const grouped = (n: number): string => n.toLocaleString('en-US');
const pathKey = (path: readonly PropertyKey[]): string => JSON.stringify(path.map(String));

/** A number the parsed value shows as the file wrote it: an integer of at most 15 digits. */
const PLAIN_INTEGER = /^-?\d{1,15}$/;

/** `['resources', 2, 'name']` → `resources[2].name`; the root is null. */
export function jsonPath(path: readonly PropertyKey[]): string | null {
  let result = '';
  for (const key of path) {
    if (typeof key === 'number') result += `[${key}]`;
    else result += result === '' ? String(key) : `.${String(key)}`;
  }
  return result === '' ? null : quoteText(result).slice(1, -1);
}

function syntaxMessage(text: string, code: number, offset: number): string {
  const at = text.charAt(offset);
  if ((code === SYNTAX.propertyNameExpected || code === SYNTAX.valueExpected) && (at === '}' || at === ']')) {
    if (text.slice(0, offset).trimEnd().endsWith(',')) return `a comma before "${at}" is not allowed; remove the last comma`;
  }
  if (code === SYNTAX.invalidSymbol) return `unexpected character ${quoteText(at)}; keys and text must be in double quotes`;
  return SYNTAX_MESSAGES[code] ?? 'the text is not JSON';
}

interface Frame {
  container: { [key: string]: JsonValue } | JsonValue[];
  path: (string | number)[];
  /** Where each key of an object was first seen. */
  keys: Map<string, JsonPosition>;
  /** Where each item of a list starts. */
  items: JsonPosition[];
  /** The key whose value comes next; null when that value is dropped (a refused or repeated key). */
  key: string | null;
  /** The refused or repeated key whose value comes next, so problems inside it still get their path. */
  droppedKey: string;
}

function duplicateMessage(key: string, first: JsonPosition, again: JsonPosition): string {
  const where =
    first.line === again.line
      ? `line ${first.line}, characters ${first.character} and ${again.character}`
      : `lines ${first.line} and ${again.line}`;
  return `${quoteText(key)} appears twice (${where}); keep one`;
}

/** Reads JSON text into fresh values, or lists every problem (file, line, JSON path, message). */
export function readJson(source: string, file: string, options: JsonReadOptions = {}): JsonReadResult {
  const { maxDepth, maxLength } = { ...DEFAULTS, ...options };
  const issue = (line: number | null, column: string | null, message: string): ValidationIssue => ({ file, line, column, message });
  const fail = (kind: JsonIssueKind, character: number | null, found: ValidationIssue): JsonReadResult => ({
    ok: false,
    issues: [found],
    details: [{ kind, character }],
  });
  if (source.length > maxLength) {
    return fail('too-long', null, issue(null, null, `the file is ${grouped(source.length)} characters long; at most ${grouped(maxLength)} are allowed here`));
  }
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  if (text.trim() === '') return fail('empty', null, issue(null, null, 'the file is empty; expected JSON'));
  const deepest = deepestBracket(text, maxDepth);
  if (deepest !== null) {
    const deep = at(deepest);
    const message = `the JSON is nested more than ${maxDepth} levels deep (line ${deep.line}, character ${deep.character}); no file here needs that many`;
    return fail('too-deep', deep.character, issue(deep.line, null, message));
  }

  const issues: ValidationIssue[] = [];
  const details: JsonIssueDetail[] = [];
  // Positions live beside the values they locate (a container's keys or items), so reading a value
  // costs no path string; `locate` walks down the values instead.
  const positionsOf = new WeakMap<object, Map<string, JsonPosition> | JsonPosition[]>();
  let rootPosition: JsonPosition = { line: 1, character: 1 };
  const numberTexts = new Map<string, string>();
  const stack: Frame[] = [];
  let root: JsonValue = null;

  /** Puts a value in its parent (unless its key was refused); returns the key or index it got. */
  const place = (value: JsonValue, position: JsonPosition): string | number | null => {
    const parent = stack.at(-1);
    if (parent === undefined) {
      root = value;
      rootPosition = position;
      return null;
    }
    if (Array.isArray(parent.container)) {
      parent.items.push(position);
      return parent.container.push(value) - 1;
    }
    // The key was recorded (or refused) by onObjectProperty; a refused key's value is read but dropped.
    const key = parent.key ?? parent.droppedKey;
    if (parent.key !== null) parent.container[parent.key] = value;
    parent.key = null;
    return key;
  };
  const open = (container: Frame['container'], where: Place): void => {
    const parent = stack.at(-1);
    const key = place(container, at(where));
    const frame: Frame = { container, path: parent === undefined || key === null ? [] : [...parent.path, key], keys: new Map(), items: [], key: null, droppedKey: '' };
    positionsOf.set(container, Array.isArray(container) ? frame.items : frame.keys);
    stack.push(frame);
  };

  const syntax = visitJson(text, {
    onObjectBegin: (where) => open(Object.create(null) as Frame['container'], where),
    onArrayBegin: (where) => open([], where),
    onObjectEnd: () => void stack.pop(),
    onArrayEnd: () => void stack.pop(),
    onLiteralValue: (value, where, length) => {
      const key = place(value, at(where));
      if (typeof value !== 'number') return;
      const written = text.slice(where.offset, where.offset + length);
      const parent = stack.at(-1);
      if (!PLAIN_INTEGER.test(written)) numberTexts.set(pathKey(parent === undefined || key === null ? [] : [...parent.path, key]), written);
    },
    onObjectProperty: (key, where) => {
      const frame = stack.at(-1);
      if (frame === undefined || Array.isArray(frame.container)) return;
      const position = at(where);
      const path = [...frame.path, key];
      const first = frame.keys.get(key);
      frame.key = null;
      frame.droppedKey = key;
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push(issue(position.line, jsonPath(path), `${quoteText(key)} cannot be a key (it could change how the file is read); remove it`));
        details.push({ kind: 'forbidden-key', character: position.character });
      } else if (first !== undefined) {
        issues.push(issue(position.line, jsonPath(path), duplicateMessage(key, first, position)));
        details.push({ kind: 'duplicate-key', character: position.character });
      } else {
        frame.keys.set(key, position);
        frame.key = key;
      }
    },
  });
  // After a syntax error the rest is guesswork; the first error is the one to fix, and the reading stopped there.
  if (syntax !== null) {
    const where = at(syntax);
    const detail = `${syntaxMessage(text, syntax.code, syntax.offset)} (line ${where.line}, character ${where.character})`;
    return fail('syntax', where.character, issue(where.line, null, `is not valid JSON: ${detail}`));
  }
  if (issues.length > 0) return { ok: false, issues, details };
  /** The position of the deepest value along the path that exists: a missing key points at its object. */
  const locate = (path: readonly PropertyKey[]): JsonPosition => {
    let value: JsonValue = root;
    let found = rootPosition;
    for (const segment of path) {
      if (typeof value !== 'object' || value === null) break;
      const positions = positionsOf.get(value);
      const position = Array.isArray(positions) ? positions[Number(segment)] : positions?.get(String(segment));
      if (position === undefined) break;
      found = position;
      value = Array.isArray(value) ? (value[Number(segment)] ?? null) : (value[String(segment)] ?? null);
    }
    return found;
  };
  // Most files write plain integers only: then no path needs building to answer.
  return { ok: true, value: root, locate, numberText: (path) => (numberTexts.size === 0 ? undefined : numberTexts.get(pathKey(path))) };
}
