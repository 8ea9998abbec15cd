/**
 * Strict schemas for the two small JSON files a host serves (the manifest and the catalogue), and
 * the JSON reader's boundary: every problem an issue with its JSON path and a message for whoever
 * edits the file.
 *
 * This was zod/mini. For two schemas of seven and four keys it cost 5.4 kB gzip of the validator's
 * chunk, and its messages, written for developers, had to be translated back through an error map
 * that read the schema's internals to name the allowed keys. The rules are the ones it applied:
 * every key of an object is checked and every problem kept; a value of the wrong type or outside its
 * allowed set is *fatal*, and a check of the whole (a list's duplicate names) runs only when nothing
 * under it was fatal, so a misspelt resource name is not also reported as a missing resource.
 */

export type SchemaPath = readonly (string | number)[];

export interface SchemaIssue {
  path: SchemaPath;
  message: string;
  /** A value of the wrong type or not allowed: checks of what holds it are skipped. */
  fatal: boolean;
}

export interface Schema<T> {
  /** Adds an issue for each problem of `value` (found at `path`) to `issues`. */
  check: (value: unknown, path: SchemaPath, issues: SchemaIssue[]) => void;
  /** Never set: carries the type a value has once it passes. */
  readonly valueType?: T;
}

/** A check of a value of the right type: a message when it fails, null when it passes. */
export type ValueCheck<T> = (value: T) => string | null;

const typeMessage = (value: unknown, expected: string): string =>
  value === undefined ? `is missing; expected ${expected}` : `must be ${expected}`;

/** Text, then every check in order (each problem is reported, none is fatal). */
export function text(...checks: ValueCheck<string>[]): Schema<string> {
  return {
    check: (value, path, issues) => {
      if (typeof value !== 'string') {
        issues.push({ path, message: typeMessage(value, 'text'), fatal: true });
        return;
      }
      for (const check of checks) {
        const message = check(value);
        if (message !== null) issues.push({ path, message, fatal: false });
      }
    },
  };
}

/** One of the listed values, compared with `===`. */
export function oneOf<const T extends string>(values: readonly T[]): Schema<T> {
  const allowed = values.map((value) => JSON.stringify(value)).join(', ');
  return {
    check: (value, path, issues) => {
      if ((values as readonly unknown[]).includes(value)) return;
      const message = value === undefined ? `is missing; expected one of ${allowed}` : `${JSON.stringify(value)} is not allowed; expected one of ${allowed}`;
      issues.push({ path, message, fatal: true });
    },
  };
}

type Shape = Record<string, Schema<unknown>>;
type ShapeValue<S extends Shape> = { [K in keyof S]: S[K] extends Schema<infer V> ? V : never };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object with exactly the shape's keys: each checked in the shape's order, each unknown key an issue of its own. */
export function strictObject<S extends Shape>(shape: S): Schema<ShapeValue<S>> {
  const keys = Object.keys(shape);
  const allowed = keys.join(', ');
  return {
    check: (value, path, issues) => {
      if (!isPlainObject(value)) {
        issues.push({ path, message: typeMessage(value, 'an object'), fatal: true });
        return;
      }
      for (const key of keys) shape[key]?.check(Object.hasOwn(value, key) ? value[key] : undefined, [...path, key], issues);
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(shape, key)) issues.push({ path: [...path, key], message: `unknown key ${JSON.stringify(key)}; the keys are ${allowed}`, fatal: true });
      }
    },
  };
}

/** Reports a problem of a list as a whole, at an item's path within it (relative) or at the list (`[]`). */
export type ListCheck<T> = (items: readonly T[], report: (at: SchemaPath, message: string) => void) => void;

/** A list whose every item passes `item`; then, when no item was fatally wrong, the checks of the whole. */
export function listOf<T>(item: Schema<T>, ...checks: ListCheck<T>[]): Schema<T[]> {
  return {
    check: (value, path, issues) => {
      if (!Array.isArray(value)) {
        issues.push({ path, message: typeMessage(value, 'a list'), fatal: true });
        return;
      }
      const before = issues.length;
      value.forEach((element, index) => item.check(element, [...path, index], issues));
      if (issues.slice(before).some((issue) => issue.fatal)) return;
      const report = (at: SchemaPath, message: string) => issues.push({ path: [...path, ...at], message, fatal: false });
      for (const check of checks) check(value as T[], report);
    },
  };
}
