/**
 * Reads `datapackage.json` (the package manifest) and `catalogue.json` (the list of packages) through
 * the one JSON reader and strict zod/mini schemas: an unknown key is an error naming the keys allowed,
 * text is checked like CSV text, and every problem is a ValidationIssue with its line and JSON path,
 * e.g. `resources[2].name`. What comes out is built afresh from the schema's keys only.
 */
import * as z from 'zod/mini';
import { checkCellText } from './cell-text';
import type { TextKind } from './cell-text';
import { isCalendarDate } from './cells';
import { readJsonWithSchema } from './schema-issues';
import type { Catalogue, CatalogueEntry, Manifest, ManifestResource, ValidationIssue } from './types';
import { RESOURCE_NAMES } from './types';

export { jsonPath } from './json-reader';

export type ManifestParseResult = { ok: true; manifest: Manifest } | { ok: false; issues: ValidationIssue[] };
export type CatalogueParseResult = { ok: true; catalogue: Catalogue } | { ok: false; issues: ValidationIssue[] };

const DATASET_KINDS = ['published', 'sample', 'imported'] as const;

/** A manifest is about a kilobyte; a hundred times that is not a manifest. */
const MAX_LENGTH = 100_000;

/** Text shown on the page passes the same check as a CSV cell of its kind. */
const checkedText = (kind: TextKind) =>
  z.superRefine<string>((value, ctx) => {
    const checked = checkCellText(value, kind);
    if (!checked.ok) ctx.addIssue({ code: 'custom', input: value, message: checked.message });
  });

const nonBlankText = z.string().check(z.refine((value) => value.trim() !== '', 'is blank; a value is required'), checkedText('name'));

/** Paths are resolved against the manifest's URL, so only plain relative paths are allowed. */
const relativePath = (extension: string, example: string) =>
  z.string().check(
    z.refine(
      (path) => new RegExp(`^[\\w-][\\w./-]*\\${extension}$`).test(path) && !path.split('/').includes('..'),
      `must be a relative path ending in ${extension}, such as "${example}"`,
    ),
  );

const resourceSchema = z.strictObject({
  name: z.enum(RESOURCE_NAMES),
  path: relativePath('.csv', 'observations.csv'),
  format: z.literal('csv'),
  mediatype: z.literal('text/csv'),
});

const manifestSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and "-", such as "published"')),
  title: nonBlankText,
  kind: z.enum(DATASET_KINDS),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be a version number such as "1.0.0"')),
  asOf: z.string().check(z.refine(isCalendarDate, 'must be a real date in the form YYYY-MM-DD, such as "2024-05-01"')),
  description: z.string().check(checkedText('note')),
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

const catalogueSchema = z.strictObject({
  datasets: z.array(
    z.strictObject({ id: nonBlankText, title: nonBlankText, kind: z.enum(DATASET_KINDS), path: relativePath('.json', 'published/datapackage.json') }),
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

/** Plain objects holding only the schema's keys, whatever the reader built. */
const freshResource = (r: ManifestResource): ManifestResource => ({ name: r.name, path: r.path, format: r.format, mediatype: r.mediatype });
const freshEntry = (e: CatalogueEntry): CatalogueEntry => ({ id: e.id, title: e.title.normalize('NFC'), kind: e.kind, path: e.path });

export function parseManifest(text: string, file = 'datapackage.json'): ManifestParseResult {
  const result = readJsonWithSchema<Manifest>(manifestSchema, text, file, { maxLength: MAX_LENGTH });
  if (!result.ok) return result;
  const m = result.value;
  return {
    ok: true,
    manifest: {
      id: m.id,
      title: m.title.normalize('NFC'),
      kind: m.kind,
      version: m.version,
      asOf: m.asOf,
      description: m.description.normalize('NFC'),
      resources: m.resources.map(freshResource),
    },
  };
}

export function parseCatalogue(text: string, file = 'catalogue.json'): CatalogueParseResult {
  const result = readJsonWithSchema<Catalogue>(catalogueSchema, text, file, { maxLength: MAX_LENGTH });
  return result.ok ? { ok: true, catalogue: { datasets: result.value.datasets.map(freshEntry) } } : result;
}
