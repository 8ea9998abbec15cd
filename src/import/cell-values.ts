/**
 * Reads one cell as a count, an edition or a year. A count is a whole non-negative number up to
 * MAX_COUNT, or not reported (null: a blank cell or a token such as `n/a`), never 0 unless the cell
 * says 0. Nothing is rounded, summed or guessed: anything else is an error whose message says how to
 * write the cell. `Number()` is used only on text a pattern has already accepted.
 */
import { checkCellText, quoteText } from '../data/cell-text';
import type { TextKind } from '../data/cell-text';
import { MAX_COUNT } from '../data/cells';
import type { Edition } from '../data/types';
import { AMBIGUOUS_TOKENS, NOT_REPORTED_TOKENS } from './aliases';
import type { ProblemCode } from './import-types';
import { grouped } from './problems';
import type { ImportReference } from './reference';
import type { SourceCell } from './source-table';

export interface ReadProblem {
  code: ProblemCode;
  message: string;
}

/** A cell read, or why not: the why is a function, built only when the problem will be listed. */
export type Read<T> = { ok: true; value: T; via?: 'token' | 'thousands' } | { ok: false; problem: () => ReadProblem };

const fail = <T>(code: ProblemCode, message: string): Read<T> => ({ ok: false, problem: () => ({ code, message }) });
const later = <T>(problem: () => ReadProblem): Read<T> => ({ ok: false, problem });
const why = (code: ProblemCode, message: string): ReadProblem => ({ code, message });
const TOKENS = new Set<string>(NOT_REPORTED_TOKENS);
const AMBIGUOUS = new Set<string>(AMBIGUOUS_TOKENS);
const HOW = 'write a whole number such as 12, 0 for none, or leave the cell blank if not reported';

/** The text of a text cell after the one cell-text check, trimmed; or why it cannot be read. */
export function checkedText(cell: SourceCell & { kind: 'text' }, kind: TextKind): Read<string> {
  const checked = checkCellText(cell.text, kind);
  return checked.ok ? { ok: true, value: checked.text.trim() } : fail('cell-text', `${quoteText(cell.text)} ${checked.message}`);
}

/** `shown` quotes the cell back (a function: quoting costs more than reading a number, and is rarely needed). */
function wholeNumber(digits: string, shown: () => string, via?: 'thousands'): Read<number | null> {
  const value = Number(digits);
  if (value > MAX_COUNT) {
    return later(() => why('count-too-large', `${shown()} is above ${grouped(MAX_COUNT)}, the largest count allowed; check the value (a count this large is a typing or export error)`));
  }
  return via === undefined ? { ok: true, value } : { ok: true, value, via };
}

/** Why a text that is not a whole number is not one, and how to write it. */
function textProblem(text: string): ReadProblem {
  const shown = quoteText(text);
  const lower = text.toLowerCase();
  if (AMBIGUOUS.has(lower)) return why('not-a-count', `${shown} may mean 0 or not reported; write 0 for a zero, or leave the cell blank if not reported`);
  if (/^-\s*\d[\d,]*$/.test(text)) return why('negative-count', `${shown} is negative; a count cannot be below 0`);
  if (/^\+\d+$/.test(text)) return why('not-a-count', `${shown} has a plus sign; write ${text.slice(1)}`);
  if (/^\d+\.0+$/.test(text)) return why('not-a-count', `${shown} is written with decimals; a count has none: write ${text.replace(/\.0+$/, '')}`);
  const decimal = /^\d+([.,])(\d+)$/.exec(text);
  if (decimal !== null) {
    const [, separator = '', digits = ''] = decimal;
    const thousands = digits.length === 3 ? `; if "${separator}" separates thousands here, write ${text.replace(separator, '')}` : '';
    return why('not-a-count', `${shown} is not a whole number; a count has no decimals and is never rounded here${thousands}`);
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)e[+-]?\d+$/i.test(text)) {
    const value = Number(text);
    const full = Number.isSafeInteger(value) && value >= 0 ? `: write ${value}` : '';
    return why('not-a-count', `${shown} is in exponent form; a count is written in full${full}`);
  }
  if (/^0x[0-9a-f]+$/i.test(text)) return why('not-a-count', `${shown} is hexadecimal; write the count in decimal digits`);
  if (/^[+-]?(infinity|inf|nan)$/i.test(text)) return why('not-a-count', `${shown} is not a count; ${HOW}`);
  if (/^#[A-Z/0!?]+[!?]?$/i.test(text) && text.length <= 8) return why('excel-error', `${shown} is a spreadsheet error, not a count; fix the formula in the workbook, or type the count`);
  if (/^\d{1,3}([ '.\u00A0\u202F]\d{3})+$/.test(text)) return why('not-a-count', `${shown} has a thousands separator other than ","; write the digits alone`);
  return why('not-a-count', `${shown} is not a count; ${HOW}`);
}

/** A number cell as its file stored it: JSON's written form, Excel's stored value. */
function numberCount(cell: SourceCell & { kind: 'number' }): Read<number | null> {
  const { text } = cell;
  if (/^\d+$/.test(text)) return wholeNumber(text, () => text);
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return fail('not-a-count', `${quoteText(text)} is not a count; ${HOW}`);
  const value = Number(text);
  if (value < 0) return fail('negative-count', `${text} is negative; a count cannot be below 0`);
  if (!Number.isInteger(value)) {
    const excel = cell.strict ? '' : ' (the spreadsheet may show it rounded)';
    return fail('not-a-count', `${text} is not a whole number${excel}; a count has no decimals and is never rounded here: type the whole number`);
  }
  if (value > MAX_COUNT) return wholeNumber(String(MAX_COUNT + 1), () => text);
  // JSON is typed: a count is an integer as written. Excel's stored 1.2E3 is the number 1200 exactly.
  if (cell.strict) return fail('not-a-count', `${text} is not written as a whole number; a count is a JSON integer: write ${value}`);
  return { ok: true, value };
}

export function readCount(cell: SourceCell): Read<number | null> {
  switch (cell.kind) {
    case 'blank':
      return { ok: true, value: null };
    case 'invalid':
      return fail(cell.code, cell.message);
    case 'number':
      return numberCount(cell);
    case 'text': {
      const checked = checkedText(cell, 'value');
      if (!checked.ok) return checked;
      const text = checked.value;
      if (cell.typed) {
        return later(() => {
          const hint = text === '' || TOKENS.has(text.toLowerCase()) ? 'write null when not reported' : /^\d+$/.test(text) ? `write ${text} without quotes` : HOW;
          return why('not-a-count', `${quoteText(cell.text)} is text; a count is a JSON integer such as 12, or null: ${hint}`);
        });
      }
      if (text === '') return { ok: true, value: null };
      if (TOKENS.has(text.toLowerCase())) return { ok: true, value: null, via: 'token' };
      if (/^\d+$/.test(text)) return wholeNumber(text, () => quoteText(text));
      if (/^\d{1,3}(,\d{3})+$/.test(text)) return wholeNumber(text.replaceAll(',', ''), () => quoteText(text), 'thousands');
      return later(() => textProblem(text));
    }
  }
}

/** `XIII`, `OCC XIII`, `OCC-XIII`, `Operation Cross Country XIII`: the edition's id, in any case. */
export function readEdition(cell: SourceCell, reference: ImportReference): Read<Edition | null> {
  if (cell.kind === 'blank') return { ok: true, value: null };
  if (cell.kind === 'invalid') return fail(cell.code, cell.message);
  const checked = cell.kind === 'text' ? checkedText(cell, 'value') : { ok: true as const, value: cell.text };
  if (!checked.ok) return checked;
  if (checked.value === '') return { ok: true, value: null };
  const id = checked.value.toUpperCase().replace(/^(OPERATION\s+CROSS\s+COUNTRY|OCC)[\s#-]*/, '');
  const edition = reference.editionById.get(id);
  if (edition !== undefined) return { ok: true, value: edition };
  const shown = quoteText(checked.value);
  const ids = `${reference.editions[0]?.id ?? 'I'} to ${reference.editions.at(-1)?.id ?? 'XIII'}`;
  if (/^\d{4}$/.test(id)) return fail('edition-unknown', `${shown} is a year, not an edition; put years in a "year" column, or write the edition's numeral (${ids})`);
  if (/^\d{1,2}$/.test(id)) {
    const byNumber = reference.editions.find((e) => e.number === Number(id));
    const which = byNumber === undefined ? '' : `: edition ${id} is ${byNumber.id} (${byNumber.year})`;
    return fail('edition-unknown', `${shown} is not an edition id; editions are written as Roman numerals${which}`);
  }
  return fail('edition-unknown', `${shown} is not an Operation Cross Country edition; write its numeral, ${ids}, optionally after "OCC"`);
}

/** A four-digit year, as text or as a number cell. */
export function readYear(cell: SourceCell): Read<number | null> {
  if (cell.kind === 'blank') return { ok: true, value: null };
  if (cell.kind === 'invalid') return fail(cell.code, cell.message);
  const checked = cell.kind === 'text' ? checkedText(cell, 'value') : { ok: true as const, value: cell.text };
  if (!checked.ok) return checked;
  if (checked.value === '') return { ok: true, value: null };
  if (/^\d{4}$/.test(checked.value)) return { ok: true, value: Number(checked.value) };
  return fail('year-invalid', `${quoteText(checked.value)} is not a year; write four digits such as 2014`);
}
