// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/domain/text-order';
import { loadCommittedDataset } from '../published/committed-package';

/** The order compareText promises everywhere: the 'en' collator at base strength, numbers as numbers. */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const sign = (n: number) => Math.sign(n);

/** A deterministic stream of strings over `alphabet` (a linear congruential generator, fixed seed). */
function strings(alphabet: string, count: number, seed = 7): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: count }, () =>
    Array.from({ length: next() % 7 }, () => alphabet[next() % alphabet.length]).join(''),
  );
}

describe('compareText', () => {
  it('orders the 56 field offices exactly as the collator does', () => {
    const names = loadCommittedDataset().offices.map((office) => office.name);
    expect(names).toHaveLength(56);
    expect([...names].sort(compareText)).toEqual([...names].sort((a, b) => collator.compare(a, b)));
    // Names with a full stop and a space next to one another (the fast path's edge).
    expect(['FBI St. Louis', 'FBI San Juan', 'FBI Salt Lake City'].sort(compareText)).toEqual([
      'FBI Salt Lake City',
      'FBI San Juan',
      'FBI St. Louis',
    ]);
  });

  it('agrees with the collator on every pair of plain names (letters, spaces, full stops) in either case', () => {
    const sample = strings('aAbBzZ .', 400);
    const disagreements = sample.flatMap((a) =>
      sample.filter((b) => sign(compareText(a, b)) !== sign(collator.compare(a, b))).map((b) => `${a}|${b}`),
    );
    expect(disagreements).toEqual([]);
  });

  it('leaves other text to the collator: accents, digits in number order, punctuation', () => {
    expect(compareText('Office 2', 'Office 10')).toBeLessThan(0);
    expect(compareText('Mé', 'me')).toBe(0);
    expect(['b-c', 'b,c', "b'c", 'bc'].sort(compareText)).toEqual(['b-c', 'b,c', 'bc', "b'c"].sort((a, b) => collator.compare(a, b)));
  });
});
