/**
 * Reads `datapackage.json` (the package manifest) and `catalogue.json` (the list of packages) through
 * the one JSON reader and strict schemas (json-schema.ts): an unknown key is an error naming the keys
 * allowed, text is checked like CSV text, and every problem is a ValidationIssue with its line and
 * JSON path, e.g. `resources[2].name`. What comes out is built afresh from the schema's keys only.
 */
import { checkCellText } from './cell-text';
import type { TextKind } from './cell-text';
import { isCalendarDate } from './cells';
import { listOf, oneOf, strictObject, text } from './json-schema';
import type { ListCheck, ValueCheck } from './json-schema';
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
const checkedText =
  (kind: TextKind): ValueCheck<string> =>
  (value) => {
    const checked = checkCellText(value, kind);
    return checked.ok ? null : checked.message;
  };

/** A check that passes when `test` does, else says `message`. */
const must =
  (test: (value: string) => boolean, message: string): ValueCheck<string> =>
  (value) =>
    test(value) ? null : message;

const nonBlankText = text(
  must((value) => value.trim() !== '', 'is blank; a value is required'),
  checkedText('name'),
);

/** Paths are resolved against the manifest's URL, so only plain relative paths are allowed. */
const relativePath = (extension: string, example: string) =>
  text(
    must(
      (path) => new RegExp(`^[\\w-][\\w./-]*\\${extension}$`).test(path) && !path.split('/').includes('..'),
      `must be a relative path ending in ${extension}, such as "${example}"`,
    ),
  );

/** Reports each item whose `key` repeats an earlier item's, at that key. */
const uniqueBy =
  <T>(key: keyof T & string, problem: (value: string) => string): ListCheck<T> =>
  (items, report) => {
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      if (seen.has(item[key])) report([index, key], problem(String(item[key])));
      seen.add(item[key]);
    });
  };

const resourceSchema = strictObject({
  name: oneOf(RESOURCE_NAMES),
  path: relativePath('.csv', 'observations.csv'),
  format: oneOf(['csv']),
  mediatype: oneOf(['text/csv']),
});

const everyResource: ListCheck<ManifestResource> = (resources, report) => {
  const names = new Set(resources.map((resource) => resource.name));
  for (const name of RESOURCE_NAMES) {
    if (!names.has(name)) report([], `has no "${name}" resource; every package needs ${RESOURCE_NAMES.join(', ')}`);
  }
};

const manifestSchema = strictObject({
  id: text(must((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id), 'must be lowercase letters, digits and "-", such as "published"')),
  title: nonBlankText,
  kind: oneOf(DATASET_KINDS),
  version: text(must((version) => /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version), 'must be a version number such as "1.0.0"')),
  asOf: text(must(isCalendarDate, 'must be a real date in the form YYYY-MM-DD, such as "2024-05-01"')),
  description: text(checkedText('note')),
  resources: listOf(
    resourceSchema,
    uniqueBy<ManifestResource>('name', (name) => `"${name}" is listed more than once`),
    everyResource,
  ),
});

const catalogueSchema = strictObject({
  datasets: listOf(
    strictObject({ id: nonBlankText, title: nonBlankText, kind: oneOf(DATASET_KINDS), path: relativePath('.json', 'published/datapackage.json') }),
    uniqueBy<CatalogueEntry>('id', (id) => `"${id}" is listed more than once; ids must be unique`),
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
