/**
 * How numbers read everywhere (cards, tables, tooltips, exports): one module so a "200+" in the
 * page is a "200+" in the export.
 */
import type { Edition, Observation, Qualifier } from '../data/types';

/** Every position in a run of digits after which a thousands comma goes. */
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** A number in twelve significant digits, trailing zeros of the fraction dropped: "1.5", "1e+12". */
function twelveDigits(magnitude: number): string {
  const [mantissa = '', exponent] = magnitude.toPrecision(12).split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  return exponent === undefined ? trimmed : `${trimmed}e${exponent}`;
}

/**
 * d3's `format(',')` without its 2 kB general formatter (the first view formats nothing but counts):
 * integers grouped by thousands, a U+2212 minus sign, and any other number as d3 writes it, in
 * twelve significant digits without trailing zeros ("1,234.5", "1.23456789012e+12"). A test holds
 * this to d3 over integers, fractions and edge values.
 */
function count(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  const magnitude = Math.abs(value);
  const digits = Number.isInteger(magnitude) && magnitude < 1e12 ? String(magnitude) : twelveDigits(magnitude);
  const point = digits.search(/[.e]/);
  const whole = point === -1 ? digits : digits.slice(0, point);
  return `${value < 0 ? '−' : ''}${whole.replace(THOUSANDS, ',')}${point === -1 ? '' : digits.slice(point)}`;
}

/** "—" marks not reported (with a legend entry); it is never written as 0. */
export const NOT_REPORTED_MARK = '—';

export function formatCount(value: number): string {
  return count(value);
}

/**
 * The one table of qualifier wording. A published "more than 200" is a lower bound and a "nearly 700"
 * an approximation: each has its mark (on cards, bars, tables, exports), its words (sentences and
 * screen readers) and its state note; `bound` is the wording of a computed bound (a sum over offices
 * where one did not report is "at least", not "more than", the total of those that did).
 */
export const QUALIFIER_TEXT: Record<Qualifier, { mark: (n: string) => string; words: (n: string) => string; note: (n: string) => string; bound: (n: string) => string }> = {
  'at-least': {
    mark: (n) => `${n}+`,
    words: (n) => `more than ${n}`,
    note: (n) => `Lower bound: published as more than ${n}`,
    bound: (n) => `at least ${n}`,
  },
  approximately: {
    mark: (n) => `≈${n}`,
    words: (n) => `nearly ${n}`,
    note: (n) => `Approximate: published as nearly ${n}`,
    bound: (n) => `about ${n}`,
  },
};

export function formatQualified(value: number, qualifier: Qualifier | null): string {
  return qualifier ? QUALIFIER_TEXT[qualifier].mark(count(value)) : count(value);
}

export function formatObservation(observation: Observation | undefined): string {
  if (!observation || observation.value === null) return NOT_REPORTED_MARK;
  return formatQualified(observation.value, observation.qualifier);
}

/** Words for screen readers and sentences: "more than 200", "nearly 700", "not reported". */
export function describeObservation(observation: Observation | undefined): string {
  if (!observation || observation.value === null) return 'not reported';
  const n = count(observation.value);
  return observation.qualifier ? QUALIFIER_TEXT[observation.qualifier].words(n) : n;
}

export function formatSignedCount(delta: number): string {
  if (delta === 0) return 'no change';
  // U+2212 minus sign reads better than a hyphen next to figures.
  return delta > 0 ? `+${count(delta)}` : `−${count(-delta)}`;
}

export function formatPercent(ratio: number): string {
  const rounded = Math.round(ratio * 100);
  if (rounded === 0) return '0%';
  return rounded > 0 ? `+${rounded}%` : `−${-rounded}%`;
}

export function editionName(edition: Edition): string {
  return `OCC ${edition.id} (${edition.year})`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-08-01" → "1 Aug 2023"; "2009-02" → "Feb 2009"; "2008" → "2008"; "" → "undated". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  if (!year) return 'undated';
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** The dates an edition ran, as published; exact days are often unknown and never inferred. */
export function formatEditionDates(edition: Edition): string {
  if (edition.startDate && edition.endDate) {
    return `${formatDate(edition.startDate)} – ${formatDate(edition.endDate)}`;
  }
  if (edition.announcedDate) return `results announced ${formatDate(edition.announcedDate)}`;
  return String(edition.year);
}
