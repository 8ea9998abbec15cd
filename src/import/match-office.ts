/**
 * Which field office a cell names. The id, the name and the city match as they are (ignoring case,
 * accents, spaces and punctuation); `FBI …`, `… Field Office`, `… Division` and a state after a comma
 * (`San Juan, PR`) are read too, with a notice. Anything else is rejected, with the nearest office as
 * "did you mean …" — never taken for it. A totals row (`Total`, `All offices`, `National`) is not an office.
 */
import { OFFICE_PREFIXES, OFFICE_SUFFIXES, STATE_CODES, TOTAL_NAMES, simplify } from './aliases';
import type { ImportReference } from './reference';

export type OfficeMatch =
  | { kind: 'office'; officeId: string; canonical: boolean }
  | { kind: 'total' }
  /**
   * `message` follows the quoted cell: `"Sna Juan" is not one of the 56 field offices; did you mean …`.
   * A function: the nearest office is searched for only when the problem will be listed.
   */
  | { kind: 'unknown'; message: () => string };

const TOTALS = new Set<string>(TOTAL_NAMES);

/** The name without `FBI` before it and `Field Office`/`Division` after it. */
function stripWords(name: string): string {
  let words = name;
  for (const prefix of OFFICE_PREFIXES) if (words.startsWith(`${prefix} `)) words = words.slice(prefix.length + 1);
  for (const suffix of OFFICE_SUFFIXES) if (words.endsWith(` ${suffix}`)) words = words.slice(0, -suffix.length - 1);
  return words;
}

/** Edit distance (insertions, deletions, substitutions), for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The office whose city is nearest to the name, if near enough to be a typing slip. */
function nearest(name: string, reference: ImportReference): string | null {
  if (name === '') return null;
  const allowed = name.length < 5 ? 1 : name.length < 10 ? 2 : 3;
  let best: { id: string; d: number } | null = null;
  for (const office of reference.offices) {
    const d = Math.min(distance(name, simplify(office.city)), distance(name, simplify(office.id)));
    if (d <= allowed && (best === null || d < best.d)) best = { id: office.id, d };
  }
  return best === null ? null : (reference.officeById.get(best.id)?.name ?? null);
}

/** The state after the name, as `San Juan, PR` or `San Juan PR`, when it is a state code. */
function splitState(raw: string): { name: string; state: string | null } {
  const comma = raw.lastIndexOf(',');
  if (comma > 0) {
    const state = raw.slice(comma + 1).trim().toUpperCase();
    if (STATE_CODES.has(state)) return { name: raw.slice(0, comma), state };
  }
  const words = simplify(raw).split(' ');
  const last = (words.at(-1) ?? '').toUpperCase();
  if (words.length > 1 && STATE_CODES.has(last)) return { name: words.slice(0, -1).join(' '), state: last };
  return { name: raw, state: null };
}

function lookup(name: string, reference: ImportReference): string | undefined {
  const simple = simplify(name);
  return reference.officeByName.get(simple) ?? reference.officeByName.get(stripWords(simple));
}

export function matchOffice(raw: string, reference: ImportReference): OfficeMatch {
  const simple = simplify(raw);
  if (TOTALS.has(simple) || TOTALS.has(stripWords(simple))) return { kind: 'total' };
  const whole = lookup(raw, reference);
  if (whole !== undefined) {
    const office = reference.officeById.get(whole);
    const canonical = office !== undefined && [office.id, office.name, office.city].some((name) => simplify(name) === simple);
    return { kind: 'office', officeId: whole, canonical };
  }
  const { name, state } = splitState(raw);
  const id = state === null ? undefined : lookup(name, reference);
  const office = id === undefined ? undefined : reference.officeById.get(id);
  if (office !== undefined && state !== null) {
    if (office.state === state || office.territoryStates.includes(state)) return { kind: 'office', officeId: office.id, canonical: false };
    const covering = reference.offices.filter((o) => o.territoryStates.includes(state)).map((o) => o.name);
    const others = covering.length > 0 ? `; ${state} is covered by ${covering.join(' and ')}` : '';
    return { kind: 'unknown', message: () => `does not name a field office: ${office.name} is in ${office.state}, not ${state}${others}; write the office as its id, name or city` };
  }
  const message = (): string => {
    const suggestion = nearest(stripWords(simplify(name)), reference);
    const how = 'the office as its id (san-juan), name (FBI San Juan) or city (San Juan)';
    const hint = suggestion === null ? `write ${how}` : `did you mean ${suggestion}? Write ${how}`;
    return `is not one of the ${reference.offices.length} field offices; ${hint}`;
  };
  return { kind: 'unknown', message };
}
