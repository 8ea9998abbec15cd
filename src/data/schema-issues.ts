/**
 * Reads JSON through the one JSON reader and checks it against a zod/mini schema, turning every
 * problem into a ValidationIssue: the JSON path of the bad value as its column, the line of its key
 * (or of the object that lacks it), and a message for whoever edits the file. Shared by the manifest
 * and the catalogue, and meant for the analysts' JSON import.
 */
import * as z from 'zod/mini';
import { jsonPath, readJson } from './json-reader';
import type { JsonReadOptions } from './json-reader';
import type { ValidationIssue } from './types';

const TYPE_WORDS: Record<string, string> = { string: 'text', array: 'a list', object: 'an object', number: 'a number' };

/** The keys a strict object allows, read from the schema that reported the issue. */
function allowedKeys(issue: z.core.$ZodRawIssue): string[] {
  const def: object = issue.inst?._zod.def ?? {};
  return 'shape' in def && typeof def.shape === 'object' && def.shape !== null ? Object.keys(def.shape) : [];
}

/** Zod's default messages are written for developers; these are for whoever edits the file. */
const plainMessage: z.core.$ZodErrorMap = (issue) => {
  const missing = issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return missing ? `is missing; expected ${expected}` : `must be ${expected}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((value) => JSON.stringify(value)).join(', ');
      return missing ? `is missing; expected one of ${allowed}` : `${JSON.stringify(issue.input)} is not allowed; expected one of ${allowed}`;
    }
    case 'unrecognized_keys':
      return `the keys are ${allowedKeys(issue).join(', ')}`;
    default:
      return undefined;
  }
};

export type SchemaReadResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export function readJsonWithSchema<T>(
  schema: z.ZodMiniType<T>,
  text: string,
  file: string,
  options?: JsonReadOptions,
): SchemaReadResult<T> {
  const json = readJson(text, file, options);
  if (!json.ok) return { ok: false, issues: json.issues };
  const result = schema.safeParse(json.value, { error: plainMessage });
  if (result.success) return { ok: true, value: result.data };
  const issue = (path: readonly PropertyKey[], message: string): ValidationIssue => ({
    file,
    line: json.locate(path).line,
    column: jsonPath(path),
    message: path.length === 0 ? `the file ${message}` : message,
  });
  const issues = result.error.issues.flatMap((found) =>
    // One issue per unknown key, each at its own line.
    found.code === 'unrecognized_keys'
      ? found.keys.map((key) => issue([...found.path, key], `unknown key ${JSON.stringify(key)}; ${found.message}`))
      : [issue(found.path, found.message)],
  );
  // In file order; a missing key sorts at the line of the object that lacks it. The sort is stable.
  return { ok: false, issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}
