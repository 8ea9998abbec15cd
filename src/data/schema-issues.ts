/**
 * Reads JSON through the one JSON reader and checks it against a strict schema (json-schema.ts),
 * turning every problem into a ValidationIssue: the JSON path of the bad value as its column, the
 * line of its key (or of the object that lacks it), and a message for whoever edits the file. Shared
 * by the manifest and the catalogue.
 */
import { jsonPath, readJson } from './json-reader';
import type { JsonReadOptions } from './json-reader';
import type { Schema, SchemaIssue } from './json-schema';
import type { ValidationIssue } from './types';

export type SchemaReadResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export function readJsonWithSchema<T>(schema: Schema<T>, text: string, file: string, options?: JsonReadOptions): SchemaReadResult<T> {
  const json = readJson(text, file, options);
  if (!json.ok) return { ok: false, issues: json.issues };
  const found: SchemaIssue[] = [];
  schema.check(json.value, [], found);
  if (found.length === 0) return { ok: true, value: json.value as T };
  const issues = found.map(({ path, message }): ValidationIssue => ({
    file,
    line: json.locate(path).line,
    column: jsonPath(path),
    message: path.length === 0 ? `the file ${message}` : message,
  }));
  // In file order; a missing key sorts at the line of the object that lacks it. The sort is stable.
  return { ok: false, issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}
