/**
 * Cell parsers for the package CSV tables: each turns the raw text of one cell into a typed value or
 * a plain-English message saying what is wrong and what was expected.
 *
 * Numbers are matched with regular expressions before conversion because `Number()` is far too
 * forgiving for figures about child victims: `Number('')` is 0, `Number(' 12')` is 12 and
 * `Number('1e3')` is 1000. A blank count must stay "not reported" (null), never 0.
 */

import { quoteText } from './cell-text';
import type { TextKind } from './cell-text';

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

export interface CellType<T> {
  /** The cell-text rules its raw text passes first (cell-text.ts); `parse` sees only text that passed. */
  text: TextKind;
  parse: (raw: string) => CellResult<T>;
  /**
   * Stands in for an invalid cell so the rest of the row (and the cross-table checks) can still run
   * and every problem gets reported. It never reaches a Dataset: any issue rejects the whole package.
   */
  placeholder: T;
}

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });
const quoted = quoteText;
const isBlank = (raw: string): boolean => raw.trim() === '';

/** A name or label shown on one line: an office, a metric, an outlet, a release's wording. */
export const requiredName: CellType<string> = {
  text: 'name',
  parse: (raw) => (isBlank(raw) ? fail('is blank; a value is required') : ok(raw)),
  placeholder: '',
};

/** Free text that may span lines: a note, a description, a summary. */
export const optionalNote: CellType<string> = { text: 'note', parse: ok, placeholder: '' };

/** Ids are matched exactly across tables and joined with `;` in lists, so spaces and `;` are out. */
function parseId(raw: string): CellResult<string> {
  if (isBlank(raw)) return fail('is blank; an id is required');
  if (/[\s;,]/.test(raw)) return fail(`${quoted(raw)} is not a valid id; ids cannot contain spaces, "," or ";"`);
  return ok(raw);
}
export const identifier: CellType<string> = { text: 'id', parse: parseId, placeholder: '' };

/** `;`-separated ids (source ids, territory states); a blank cell is an empty list. */
export const idList: CellType<string[]> = {
  text: 'list',
  parse: (raw) => {
    if (isBlank(raw)) return ok([]);
    const entries = raw.split(';').map((entry) => entry.trim());
    if (entries.some((entry) => entry === '')) {
      return fail(`${quoted(raw)} has an empty entry; separate ids with a single ";"`);
    }
    const bad = entries.find((entry) => !parseId(entry).ok);
    if (bad !== undefined) return fail(`${quoted(bad)} is not a valid id; ids cannot contain spaces or ","`);
    return ok(entries);
  },
  placeholder: [],
};

/** Explains why a non-blank cell is not a whole number, in the words an editor of the CSV needs. */
function wholeNumberProblem(raw: string, what: string): string {
  if (raw !== raw.trim()) return `${quoted(raw)} has spaces around the number; remove them`;
  if (/^-\d+(\.\d+)?$/.test(raw) && Number(raw) < 0) return `${quoted(raw)} is negative; ${what} cannot be below 0`;
  if (/^\d{1,3}(,\d{3})+$/.test(raw)) {
    return `${quoted(raw)} has a thousands separator; write it as ${raw.replaceAll(',', '')}`;
  }
  return `${quoted(raw)} is not a whole number`;
}

function parseWholeNumber(raw: string, what: string): CellResult<number> {
  if (!/^\d+$/.test(raw)) return fail(wholeNumberProblem(raw, what));
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) return fail(`${quoted(raw)} is too large to be a count`);
  return ok(value);
}

/**
 * The largest count a cell may hold. The largest published OCC figure is 884 (arrests in one edition); a
 * value with eight digits is a typing or export error, not a result to chart.
 */
export const MAX_COUNT = 9_999_999;

/** A published count: non-negative integer up to MAX_COUNT, or blank for "not reported" (null, never 0). */
export const count: CellType<number | null> = {
  text: 'value',
  parse: (raw) => {
    if (raw === '') return ok(null);
    if (/^\d+$/.test(raw) && Number(raw) > MAX_COUNT) {
      return fail(`${quoted(raw)} is above the maximum of ${MAX_COUNT.toLocaleString('en-US')} a count can have; check the value`);
    }
    const result = parseWholeNumber(raw, 'counts');
    return result.ok ? result : fail(`${result.message}; expected a count such as 12, or a blank cell when not reported`);
  },
  placeholder: null,
};

/** A 1-based edition number. */
export const positiveInteger: CellType<number> = {
  text: 'value',
  parse: (raw) => {
    const result = parseWholeNumber(raw, 'numbers');
    if (!result.ok) return fail(`${result.message}; expected a whole number of 1 or more`);
    return result.value >= 1 ? result : fail(`${quoted(raw)} is not allowed; expected a whole number of 1 or more`);
  },
  placeholder: Number.NaN,
};

export const year: CellType<number> = {
  text: 'value',
  parse: (raw) => (/^\d{4}$/.test(raw) ? ok(Number(raw)) : fail(`${quoted(raw)} is not a year; expected four digits such as 2012`)),
  placeholder: Number.NaN,
};

/** Operation Cross Country began in 2008: no edition or gap year can come before it. */
export const FIRST_OPERATION_YEAR = 2008;

/** An edition's or a gap's year: from FIRST_OPERATION_YEAR to `currentYear` (injected, so tests never read the clock). */
export function operationYear(currentYear: number): CellType<number> {
  return {
    ...year,
    parse: (raw) => {
      const result = year.parse(raw);
      if (!result.ok) return result;
      if (result.value < FIRST_OPERATION_YEAR) {
        return fail(`${quoted(raw)} is before ${FIRST_OPERATION_YEAR}, the year of the first Operation Cross Country; check the year`);
      }
      if (result.value > currentYear) return fail(`${quoted(raw)} is after ${currentYear}, the current year; check the year`);
      return result;
    },
  };
}

/** A required decimal between `min` and `max` (latitude, longitude). */
export function decimalBetween(min: number, max: number, what: string): CellType<number> {
  return {
    text: 'value',
    parse: (raw) => {
      if (!/^-?\d+(\.\d+)?$/.test(raw)) return fail(`${quoted(raw)} is not a decimal number; expected a ${what} such as 40.7128`);
      const value = Number(raw);
      if (value < min || value > max) return fail(`${quoted(raw)} is out of range; a ${what} is between ${min} and ${max}`);
      return ok(value);
    },
    placeholder: Number.NaN,
  };
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2023-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An ISO date or blank (null): dates a source did not publish are left empty, never inferred. */
export const optionalIsoDate: CellType<string | null> = {
  text: 'value',
  parse: (raw) => {
    if (raw === '') return ok(null);
    if (isCalendarDate(raw)) return ok(raw);
    return /^\d{4}-\d{2}-\d{2}$/.test(raw)
      ? fail(`${quoted(raw)} is not a real date`)
      : fail(`${quoted(raw)} is not a date in the form YYYY-MM-DD, such as 2012-06-25; leave it blank if unknown`);
  },
  placeholder: null,
};

/** A source's date as the page shows it: YYYY, YYYY-MM, YYYY-MM-DD, or blank when undated. */
export const partialDate: CellType<string> = {
  text: 'value',
  parse: (raw) => {
    if (raw === '' || /^\d{4}$/.test(raw) || isCalendarDate(raw)) return ok(raw);
    const month = /^\d{4}-(\d{2})$/.exec(raw);
    if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return ok(raw);
    return fail(`${quoted(raw)} is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD, or a blank cell when undated`);
  },
  placeholder: '',
};

export function oneOf<const T extends string>(values: readonly [T, ...T[]]): CellType<T> {
  const allowed = values.map(quoted).join(', ');
  return {
    text: 'value',
    parse: (raw) => {
      const value = values.find((v) => v === raw);
      return value === undefined ? fail(`${quoted(raw)} is not allowed; expected one of ${allowed}`) : ok(value);
    },
    placeholder: values[0],
  };
}

export function optionalOneOf<const T extends string>(values: readonly [T, ...T[]]): CellType<T | null> {
  const required = oneOf(values);
  return {
    text: 'value',
    parse: (raw) => {
      if (raw === '') return ok(null);
      const result = required.parse(raw);
      return result.ok ? result : fail(`${result.message}, or a blank cell`);
    },
    placeholder: null,
  };
}

function isParsableUrl(raw: string): boolean {
  try {
    new URL(raw);
    return true;
  } catch {
    return false;
  }
}

/**
 * A link shown to readers: http(s) only, or blank. An allow-list rather than a deny-list of schemes,
 * because the URL ends up in an `href` and `javascript:`/`data:` links would run or spoof content.
 */
export const webUrl: CellType<string> = {
  text: 'url',
  parse: (raw) => {
    if (raw === '') return ok(raw);
    // Checked on the raw text: the URL parser would quietly strip leading spaces and control characters.
    if (/^https?:\/\/[^\s]+$/i.test(raw) && isParsableUrl(raw)) return ok(raw);
    return fail(`${quoted(raw)} is not a web address; only http:// and https:// links are allowed, or a blank cell`);
  },
  placeholder: '',
};
