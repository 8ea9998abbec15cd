/**
 * The one order for text in the app: office names, cities and ids, case- and accent-insensitive, with
 * numbers in number order ("Office 2" before "Office 10"). One collator, built on first use:
 * `a.localeCompare(b, 'en', options)` builds a new collator on every call, which made sorting the 56
 * offices' names cost 10 ms per render (issue 11). Fixed to 'en' so the order does not depend on the
 * machine's locale.
 */
let collator: Intl.Collator | undefined;

export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
}

/**
 * Ids in a fixed, locale-free order (UTF-16 code units), for tie-breaks that only need to be stable:
 * cheaper than any collator, and identical on every machine.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
