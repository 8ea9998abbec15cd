/**
 * Reads `datapackage.json` (the package manifest) and `catalogue.json` (the list of packages). Both are
 * checked with zod/mini, and every problem is reported as a ValidationIssue whose column is the JSON
 * path of the bad value, e.g. `resources[2].name`.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from './cells';
import type { Catalogue, Manifest, ValidationIssue } from './types';
import { RESOURCE_NAMES } from './types';

export type ManifestParseResult = { ok: true; manifest: Manifest } | { ok: false; issues: ValidationIssue[] };
export type CatalogueParseResult = { ok: true; catalogue: Catalogue } | { ok: false; issues: ValidationIssue[] };

const DATASET_KINDS = ['published', 'sample', 'imported'] as const;

const nonBlankText = z.string().check(z.refine((value) => value.trim() !== '', 'is blank; a value is required'));

/** Paths are resolved against the manifest's URL, so only plain relative paths are allowed. */
const relativePath = (extension: string, example: string) =>
  z.string().check(
    z.refine(
      (path) => new RegExp(`^[\\w-][\\w./-]*\\${extension}$`).test(path) && !path.split('/').includes('..'),
      `must be a relative path ending in ${extension}, such as "${example}"`,
    ),
  );

const resourceSchema = z.object({
  name: z.enum(RESOURCE_NAMES),
  path: relativePath('.csv', 'observations.csv'),
  format: z.literal('csv'),
  mediatype: z.literal('text/csv'),
});

const manifestSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and "-", such as "published"')),
  title: nonBlankText,
  kind: z.enum(DATASET_KINDS),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be a version number such as "1.0.0"')),
  asOf: z.string().check(z.refine(isCalendarDate, 'must be a real date in the form YYYY-MM-DD, such as "2024-05-01"')),
  description: z.string(),
  resources: z.array(resourceSchema).check(
    z.superRefine((resources, ctx) => {
      const seen = new Set<string>();
      resources.forEach((resource, index) => {
        if (seen.has(resource.name)) {
          ctx.addIssue({ code: 'custom', input: resource.name, path: [index, 'name'], message: `"${resource.name}" is listed more than once` });
        }
        seen.add(resource.name);
      });
      for (const name of RESOURCE_NAMES) {
        if (!seen.has(name)) {
          ctx.addIssue({ code: 'custom', input: resources, message: `has no "${name}" resource; every package needs ${RESOURCE_NAMES.join(', ')}` });
        }
      }
    }),
  ),
});

const catalogueSchema = z.object({
  datasets: z.array(
    z.object({ id: nonBlankText, title: nonBlankText, kind: z.enum(DATASET_KINDS), path: relativePath('.json', 'published/datapackage.json') }),
  ).check(
    z.superRefine((datasets, ctx) => {
      const seen = new Set<string>();
      datasets.forEach((dataset, index) => {
        if (seen.has(dataset.id)) {
          ctx.addIssue({ code: 'custom', input: dataset.id, path: [index, 'id'], message: `"${dataset.id}" is listed more than once; ids must be unique` });
        }
        seen.add(dataset.id);
      });
    }),
  ),
});

const TYPE_WORDS: Record<string, string> = { string: 'text', array: 'a list', object: 'an object', number: 'a number' };

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
    default:
      return undefined;
  }
};

/** `['resources', 2, 'name']` → `resources[2].name`; the root is null. */
export function jsonPath(path: readonly PropertyKey[]): string | null {
  let result = '';
  for (const key of path) {
    if (typeof key === 'number') result += `[${key}]`;
    else result += result === '' ? String(key) : `.${String(key)}`;
  }
  return result === '' ? null : result;
}

function lineAndCharacter(source: string, offset: number): { line: number; character: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, character: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Turns a JSON.parse SyntaxError into an issue. Engines word it differently: V8 gives "at position N",
 * Firefox "at line L column C"; where neither appears the line stays unknown.
 */
function syntaxIssue(file: string, source: string, error: unknown): ValidationIssue {
  const raw = error instanceof Error ? error.message : String(error);
  if (source.trim() === '') return { file, line: null, column: null, message: 'the file is empty; expected a JSON object' };
  const detail = raw.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '').replace(/^JSON\.parse: /, '');
  const position = /at position (\d+)/.exec(raw);
  const lineColumn = /line (\d+) column (\d+)/.exec(raw);
  let where: { line: number; character: number } | null = null;
  if (position) where = lineAndCharacter(source, Number(position[1]));
  else if (lineColumn) where = { line: Number(lineColumn[1]), character: Number(lineColumn[2]) };
  else if (/end of (JSON )?(input|data)|EOF/i.test(raw)) where = lineAndCharacter(source, source.length);
  const at = where === null ? '' : ` (line ${where.line}, character ${where.character})`;
  return { file, line: where?.line ?? null, column: null, message: `is not valid JSON: ${detail}${at}` };
}

function parseJson<T>(
  schema: z.ZodMiniType<T>,
  text: string,
  file: string,
): { ok: true; value: T } | { ok: false; issues: ValidationIssue[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(file, text, error)] };
  }
  const result = schema.safeParse(data, { error: plainMessage });
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => ({
    file,
    line: null,
    column: jsonPath(issue.path),
    message: issue.path.length === 0 ? `the file ${issue.message}` : issue.message,
  }));
  return { ok: false, issues };
}

export function parseManifest(text: string, file = 'datapackage.json'): ManifestParseResult {
  const result = parseJson<Manifest>(manifestSchema, text, file);
  return result.ok ? { ok: true, manifest: result.value } : result;
}

export function parseCatalogue(text: string, file = 'catalogue.json'): CatalogueParseResult {
  const result = parseJson<Catalogue>(catalogueSchema, text, file);
  return result.ok ? { ok: true, catalogue: result.value } : result;
}
