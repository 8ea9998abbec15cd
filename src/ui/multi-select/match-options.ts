import type { MultiSelectOption } from './types';

/** A run of text, flagged when it is the part that matched the query (rendered as <mark>). */
export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Why an option matched; lower ranks are listed first so that "sa" puts "San Juan" before
 * "Kansas City". A prefix of the detail (state code) ranks last: it is a convenience, not a name.
 */
export const MATCH_RANK = { labelStart: 0, wordStart: 1, contains: 2, detailStart: 3 } as const;
export type MatchRank = (typeof MATCH_RANK)[keyof typeof MATCH_RANK];

export interface OptionMatch {
  option: MultiSelectOption;
  rank: MatchRank;
  labelParts: TextPart[];
  /** Null when the option has no detail. */
  detailParts: TextPart[] | null;
}

/** Text reduced for comparison, with a map back to the original so highlights fall on real characters. */
interface FoldedText {
  folded: string;
  /** For each folded character: where its source character starts and ends in the original. */
  sourceStart: number[];
  sourceEnd: number[];
}

const SEPARATOR = /[\s\-–—/]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Lower-cases, strips accents ("Sán" → "san"), turns separators into single spaces and drops other
 * punctuation, so "st louis" finds "St. Louis" and "san-juan" finds "San Juan".
 */
export function foldText(text: string): FoldedText {
  let folded = '';
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  let position = 0;
  for (const char of text) {
    const start = position;
    position += char.length;
    if (SEPARATOR.test(char)) {
      if (folded === '' || folded.endsWith(' ')) continue;
      folded += ' ';
      sourceStart.push(start);
      sourceEnd.push(position);
      continue;
    }
    if (!LETTER_OR_DIGIT.test(char)) continue;
    // Lower-case before decomposing: some capitals (İ) lower-case to a letter plus a combining mark.
    const base = char.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    for (const unit of base) {
      folded += unit;
      sourceStart.push(start);
      sourceEnd.push(position);
    }
  }
  return { folded, sourceStart, sourceEnd };
}

/** The query as it is compared: folded and without leading or trailing spaces. */
export function foldQuery(query: string): string {
  return foldText(query).folded.trim();
}

function isWordStart(folded: string, index: number): boolean {
  return index === 0 || folded[index - 1] === ' ';
}

/** Index of the occurrence that gives the best rank, or -1. */
function bestOccurrence(folded: string, needle: string): number {
  let first = -1;
  for (let index = folded.indexOf(needle); index !== -1; index = folded.indexOf(needle, index + 1)) {
    if (isWordStart(folded, index)) return index;
    if (first === -1) first = index;
  }
  return first;
}

function splitAt(text: string, source: FoldedText, foldedIndex: number, length: number): TextPart[] {
  const start = source.sourceStart[foldedIndex] ?? 0;
  const end = source.sourceEnd[foldedIndex + length - 1] ?? text.length;
  const parts: TextPart[] = [];
  if (start > 0) parts.push({ text: text.slice(0, start), match: false });
  parts.push({ text: text.slice(start, end), match: true });
  if (end < text.length) parts.push({ text: text.slice(end), match: false });
  return parts;
}

function plain(text: string): TextPart[] {
  return [{ text, match: false }];
}

function matchOne(option: MultiSelectOption, needle: string): OptionMatch | null {
  const detailPlain = option.detail === undefined ? null : plain(option.detail);
  const label = foldText(option.label);
  const at = bestOccurrence(label.folded, needle);
  if (at !== -1) {
    const rank = at === 0 ? MATCH_RANK.labelStart : isWordStart(label.folded, at) ? MATCH_RANK.wordStart : MATCH_RANK.contains;
    return { option, rank, labelParts: splitAt(option.label, label, at, needle.length), detailParts: detailPlain };
  }
  if (option.detail === undefined) return null;
  const detail = foldText(option.detail);
  if (!detail.folded.startsWith(needle)) return null;
  return {
    option,
    rank: MATCH_RANK.detailStart,
    labelParts: plain(option.label),
    detailParts: splitAt(option.detail, detail, 0, needle.length),
  };
}

/**
 * Options that match the query, best rank first; within a rank the given order is kept (the sort
 * is stable), so the parent decides the order of equals. An empty query returns every option.
 */
export function matchOptions(options: readonly MultiSelectOption[], query: string): OptionMatch[] {
  const needle = foldQuery(query);
  if (needle === '') {
    return options.map((option) => ({
      option,
      rank: MATCH_RANK.labelStart,
      labelParts: plain(option.label),
      detailParts: option.detail === undefined ? null : plain(option.detail),
    }));
  }
  const matches: OptionMatch[] = [];
  for (const option of options) {
    const match = matchOne(option, needle);
    if (match) matches.push(match);
  }
  return matches.sort((a, b) => a.rank - b.rank);
}
