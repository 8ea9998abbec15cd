/**
 * The one order for text in the app: office names, cities and ids, case- and accent-insensitive, with
 * numbers in number order ("Office 2" before "Office 10"). One collator, built on first use:
 * `a.localeCompare(b, 'en', options)` builds a new collator on every call, which made sorting the 56
 * offices' names cost 10 ms per render (issue 11). Fixed to 'en' so the order does not depend on the
 * machine's locale.
 */
let collator: Intl.Collator | undefined;

/**
 * Text of ASCII letters, spaces and full stops, like every field office's name ("FBI St. Louis"). For
 * it the collator's order is that of the lower-cased code units: at base strength case does not
 * count, and the space sorts before the full stop, which sorts before the letters. Comparing such
 * names directly spares the first view the collator's construction (about 30 ms at 4× CPU, on the
 * way to the first paint); tests/domain/text-order.test.ts checks the two orders agree.
 */
const PLAIN_TEXT = /^[A-Za-z .]*$/;

export function compareText(a: string, b: string): number {
  if (PLAIN_TEXT.test(a) && PLAIN_TEXT.test(b)) {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  }
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
