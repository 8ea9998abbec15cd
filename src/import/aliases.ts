/**
 * The names people give columns, offices and blanks, matched after `simplify` (case, accents,
 * spaces, `_`, `-` and punctuation do not matter). Each list is documented in the README; a name
 * not here is never guessed: it is ignored with a notice (a column) or rejected (an office).
 */

/** Lowercase letters and digits separated by single spaces: `Minor_Victims` → `minor victims`. */
export function simplify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Header names of the key columns (besides the words `edition`, `year` and `office` themselves). */
export const KEY_COLUMN_ALIASES = {
  edition: ['edition', 'occ', 'occ edition', 'edition id', 'occ id', 'operation', 'operation cross country'],
  year: ['year', 'occ year', 'edition year'],
  office: ['office', 'field office', 'fbi field office', 'fbi office', 'office id', 'office name', 'division', 'field division'],
} as const;

/**
 * Header names of metrics besides the metric's id (`minor-victims`), its snake case (`minor_victims`),
 * its label and its short label (public/data/published/metrics.csv), which always match.
 */
export const METRIC_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'minor-victims': [
    'children recovered',
    'child victims',
    'child victims recovered',
    'minors recovered',
    'minor victims recovered',
    'minor victims identified',
    'minor victims located',
    'juveniles recovered',
    'minors',
    'children',
    'juveniles',
  ],
  'missing-children': ['missing children located', 'missing minors', 'missing kids'],
  'adult-victims': ['adult victims located', 'adult victims identified', 'adult trafficking victims'],
  'total-victims': ['victims', 'total victims', 'victims identified', 'victims located'],
  traffickers: ['pimps', 'pimps arrested', 'traffickers arrested', 'trafficker arrests', 'pimps and traffickers'],
  'exploitation-suspects': ['exploitation suspects', 'child exploitation suspects', 'child exploitation subjects'],
  'total-arrests': ['total arrests', 'all arrests', 'arrests total'],
  'other-arrests': [],
  'field-offices': ['fbi field offices'],
  'task-forces': ['taskforces'],
  cities: [],
  agencies: ['agencies taking part', 'law enforcement agencies'],
};

/**
 * Office spellings besides the office's id (`san-juan`), its name (`FBI San Juan`) and its city
 * (`San Juan`), which always match, also with `FBI` before or `Field Office`/`Division` after them,
 * and with the office's state after a comma (`San Juan, PR`).
 */
export const OFFICE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'washington-dc': ['washington', 'washington dc', 'washington d c', 'wfo', 'district of columbia'],
  'new-york': ['nyc', 'new york city'],
  'st-louis': ['saint louis'],
  'san-juan': ['puerto rico'],
};

/** Words around an office's name that do not change which office it is. */
export const OFFICE_PREFIXES = ['fbi'] as const;
export const OFFICE_SUFFIXES = ['field office', 'field division', 'division', 'office', 'fo'] as const;

/** Rows that hold totals, not an office: the app computes totals itself. */
export const TOTAL_NAMES = [
  'total',
  'totals',
  'grand total',
  'sum',
  'all',
  'all offices',
  'all field offices',
  'national',
  'national total',
  'nationwide',
  'united states',
  'us total',
] as const;

/**
 * Cell texts that mean "not reported" (compared trimmed and ignoring case). A blank cell means the
 * same. `0` is a real zero; `none` and `nil` are refused because they may mean either.
 */
export const NOT_REPORTED_TOKENS = ['n/a', 'na', 'n.a.', 'nr', 'not reported', 'not available', 'unknown', 'null', '-', '--', '–', '—'] as const;

/** Words that may mean zero or not reported: the file must say which. */
export const AMBIGUOUS_TOKENS = ['none', 'nil', 'nothing', 'no data'] as const;

/** Two-letter codes of the states and territories the field offices cover. */
export const STATE_CODES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP'.split(
    ' ',
  ),
);
