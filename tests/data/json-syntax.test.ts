// @vitest-environment node
/**
 * The strict JSON parser (src/data/json-syntax.ts) against the library it replaced, jsonc-parser
 * 3.3.1 in strict mode (kept as a dev dependency for this test): on thousands of valid and broken
 * files, made from a fixed pseudo-random sequence, both report the same values, keys and brackets at
 * the same places, then the same first error at the same place; the depth check finds the same
 * bracket as a scan with jsonc-parser's scanner. Valid files also read as JSON.parse reads them.
 */
import { createScanner, visit } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { deepestBracket, visitJson } from '../../src/data/json-syntax';

type Event = (string | number | boolean | null)[];

/** Events up to jsonc-parser's first error, and that error: what the reader used of it. */
function withJsonc(text: string): { events: Event[]; error: Event | null } {
  const events: Event[] = [];
  let error: Event | null = null;
  const record = (event: Event): void => {
    if (error === null) events.push(event);
  };
  visit(
    text,
    {
      onObjectBegin: (offset, _length, line, character) => record(['{', offset, line, character]),
      onObjectEnd: () => record(['}']),
      onArrayBegin: (offset, _length, line, character) => record(['[', offset, line, character]),
      onArrayEnd: () => record([']']),
      onObjectProperty: (key, offset, _length, line, character) => record(['key', key, offset, line, character]),
      onLiteralValue: (value: string | number | boolean | null, offset, length, line, character) => record(['value', value, offset, length, line, character]),
      onError: (code, offset, _length, line, character) => {
        error ??= [code, offset, line, character];
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return { events, error };
}

function withOurs(text: string): { events: Event[]; error: Event | null } {
  const events: Event[] = [];
  const found = visitJson(text, {
    onObjectBegin: (at) => events.push(['{', at.offset, at.line, at.character]),
    onObjectEnd: () => events.push(['}']),
    onArrayBegin: (at) => events.push(['[', at.offset, at.line, at.character]),
    onArrayEnd: () => events.push([']']),
    onObjectProperty: (key, at) => events.push(['key', key, at.offset, at.line, at.character]),
    onLiteralValue: (value, at, length) => events.push(['value', value, at.offset, length, at.line, at.character]),
  });
  return { events, error: found && [found.code, found.offset, found.line, found.character] };
}

/** The depth check the reader made with jsonc-parser's scanner before. */
function jsoncDeepest(text: string, maxDepth: number): Event | null {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token: number = scanner.scan(); token !== 17; token = scanner.scan()) {
    if (token === 1 || token === 3) {
      depth += 1;
      if (depth > maxDepth) return [scanner.getTokenOffset(), scanner.getTokenStartLine(), scanner.getTokenStartCharacter()];
    } else if (token === 2 || token === 4) depth -= 1;
  }
  return null;
}

/** A fixed pseudo-random sequence (a linear congruential generator), so every run tests the same files. */
function sequence(seed: number) {
  let state = seed;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

const SPACES = ['', ' ', '  ', '\n', '\r\n', '\t', '\r', ' \n  '];
const WORDS = ['"a"', '"kind"', '"x\\ny"', '"\\u00e9\\"q\\\\"', '"é ☃ 😀"', '""'];
const NUMBERS = ['0', '-0', '12', '-3.25', '1e3', '2E-2', '12.0', '123456789012345678901', '0.5e+7'];

function randomJson(random: ReturnType<typeof sequence>, depth = 0): string {
  const space = () => random.pick(SPACES);
  const roll = random.next();
  if (depth < 4 && roll < 0.25) {
    const keys = Array.from({ length: Math.floor(random.next() * 4) }, () => `${space()}${random.pick(WORDS)}${space()}:${space()}${randomJson(random, depth + 1)}${space()}`);
    return `{${keys.join(',')}${space()}}`;
  }
  if (depth < 4 && roll < 0.45) {
    const items = Array.from({ length: Math.floor(random.next() * 4) }, () => `${space()}${randomJson(random, depth + 1)}${space()}`);
    return `[${items.join(',')}${space()}]`;
  }
  if (roll < 0.65) return random.pick(WORDS);
  if (roll < 0.85) return random.pick(NUMBERS);
  return random.pick(['true', 'false', 'null']);
}

/** Characters that break JSON in the ways files do: stray punctuation, quotes, comments, escapes, NBSP, a BOM. */
const BREAKERS = [...'{}[],:"\\/*\'-+.0123456789eEtrfalsnuxN \t\n\r'.split(''), '\u00a0', '\uFEFF', '\u0001', '\u2028', '//', '/*', '*/', '\\u12', '\\x'];

function broken(random: ReturnType<typeof sequence>, text: string): string {
  const at = Math.floor(random.next() * (text.length + 1));
  switch (Math.floor(random.next() * 4)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + random.pick(BREAKERS) + text.slice(at);
    case 2:
      return text.slice(0, at) + random.pick(BREAKERS) + text.slice(at + 1);
    default:
      return text.slice(0, at);
  }
}

describe('the strict JSON parser against jsonc-parser', () => {
  it('reads 3,000 valid files as jsonc-parser and JSON.parse do', () => {
    const random = sequence(12);
    for (let i = 0; i < 3000; i += 1) {
      const text = `${random.pick(SPACES)}${randomJson(random)}${random.pick(SPACES)}`;
      const ours = withOurs(text);
      expect(ours, text).toEqual(withJsonc(text));
      expect(ours.error, text).toBeNull();
      expect(() => JSON.parse(text) as unknown, text).not.toThrow();
    }
  });

  it('stops at the same first error, at the same place, after the same values, in 20,000 broken files', () => {
    const random = sequence(2026);
    let errors = 0;
    for (let i = 0; i < 20_000; i += 1) {
      let text = randomJson(random);
      for (let cuts = 1 + Math.floor(random.next() * 3); cuts > 0; cuts -= 1) text = broken(random, text);
      const ours = withOurs(text);
      expect(ours, JSON.stringify(text)).toEqual(withJsonc(text));
      if (ours.error !== null) errors += 1;
    }
    // Most of them are broken: the comparison is of errors, not of valid files again.
    expect(errors).toBeGreaterThan(15_000);
  });

  it('finds the same too-deep bracket as jsonc-parser’s scanner, skipping text values and comments', () => {
    const random = sequence(7);
    const fixed = ['[[["[[["]]]', '[ // [[[[\n [[[ ]]] ]', '[/* [[[[\n */ [[[]]]]', '["a\\"[[[[", [[[[]]]]]', '[\r\n[\r[\n[[]]]]]', '"[[[[[', '[[[[\n"open\n[[[['];
    for (const text of fixed) for (const depth of [0, 1, 2, 3, 4]) expect(deepestBracket(text, depth) && Object.values(deepestBracket(text, depth) ?? {}), `${text} ${depth}`).toEqual(jsoncDeepest(text, depth));
    for (let i = 0; i < 3000; i += 1) {
      const text = broken(random, randomJson(random));
      const depth = Math.floor(random.next() * 5);
      const ours = deepestBracket(text, depth);
      expect(ours && [ours.offset, ours.line, ours.character], JSON.stringify(text)).toEqual(jsoncDeepest(text, depth));
    }
  });
});
