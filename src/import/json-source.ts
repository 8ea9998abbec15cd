/**
 * A JSON file as a source table: `{"rows": [{"year": 2014, "office": "Denver", "minor_victims": 18}, …]}`.
 * Read by the one JSON reader (src/data/json-reader.ts: strict JSON, duplicate keys with both places,
 * `__proto__`-style keys refused, depth capped before anything recurses), then typed: a count is a
 * JSON integer as written, or null; a row's keys are the columns, in the order they first appear.
 */
import { jsonPath, readJson } from '../data/json-reader';
import type { JsonIssueKind, JsonValue } from '../data/json-reader';
import { quoteText } from '../data/cell-text';
import { MAX_COLUMNS } from './columns';
import type { ProblemCode } from './import-types';
import type { Location, ProblemList } from './problems';
import { WHOLE_FILE } from './problems';
import { BLANK } from './source-table';
import type { SourceCell, SourceTable } from './source-table';

/** A rows file is an object, a list and a row: deeper nesting is a different file. */
const MAX_DEPTH = 8;
const PROGRESS_EVERY = 4_096;

const CODES: Readonly<Record<JsonIssueKind, ProblemCode>> = {
  'too-long': 'file-too-large',
  empty: 'file-empty',
  'too-deep': 'json-too-deep',
  syntax: 'json-syntax',
  'forbidden-key': 'json-forbidden-key',
  'duplicate-key': 'json-duplicate-key',
};

const EXAMPLE = '{"rows": [{"year": 2014, "office": "Denver", "minor_victims": 18}]}';

type JsonObject = { [key: string]: JsonValue };
const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `written` gives a number's source text when its value hides it (`12.0`); asked only for numbers. */
function cellOf(value: JsonValue | undefined, written: () => string | undefined): SourceCell {
  if (value === undefined) return { kind: 'blank', missing: true };
  if (value === null) return BLANK;
  if (typeof value === 'string') return { kind: 'text', text: value, typed: true };
  if (typeof value === 'number') return { kind: 'number', text: written() ?? String(value), strict: true };
  const what = typeof value === 'boolean' ? `${String(value)} is a true/false value` : `${Array.isArray(value) ? 'a list' : 'an object'} is not a cell value`;
  return { kind: 'invalid', text: JSON.stringify(value).slice(0, 60), code: 'json-shape', message: `${what}; write a number, text or null` };
}

export function jsonSource(text: string, file: string, maxLength: number, problems: ProblemList): SourceTable | null {
  const json = readJson(text, file, { maxDepth: MAX_DEPTH, maxLength });
  if (!json.ok) {
    json.issues.forEach((issue, i) => {
      const detail = json.details[i];
      const where: Location = { ...WHOLE_FILE, line: issue.line, character: detail?.character ?? null, path: issue.column };
      const message = issue.message.startsWith('is not valid JSON') ? `the file ${issue.message}` : issue.message;
      problems.error(detail === undefined ? 'json-syntax' : CODES[detail.kind], where, message);
    });
    return null;
  }
  const { value: root, locate, numberText } = json;
  const at = (path: (string | number)[]): Location => {
    const { line, character } = locate(path);
    return { ...WHOLE_FILE, line, character, path: jsonPath(path) };
  };
  const rows = isObject(root) ? root.rows : undefined;
  if (!isObject(root) || !Array.isArray(rows)) {
    const what = Array.isArray(root) ? 'a list' : !isObject(root) ? 'not an object' : rows === undefined ? 'an object without "rows"' : '"rows" that is not a list';
    problems.error('json-shape', at(rows === undefined ? [] : ['rows']), `the file is ${what}; write it as an object with a "rows" list, such as ${EXAMPLE}`);
    return null;
  }
  for (const key of Object.keys(root)) {
    if (key !== 'rows') problems.add('notice', 'json-shape', at([key]), `the key ${quoteText(key)} is ignored; only "rows" is read`);
  }
  const keys: string[] = [];
  /** The row where each key first appears: where a problem about the whole column points. */
  const firstRow = new Map<string, number>();
  rows.forEach((row, i) => {
    if (!isObject(row) || keys.length > MAX_COLUMNS) return;
    for (const key of Object.keys(row)) {
      if (firstRow.has(key)) continue;
      firstRow.set(key, i);
      keys.push(key);
    }
  });
  const headerAt = (index: number): Location => {
    const key = keys[index];
    return key === undefined ? at(['rows']) : at(['rows', firstRow.get(key) ?? 0, key]);
  };
  return {
    format: 'json',
    header: { texts: keys, at: headerAt },
    rows: (visit, progress) => {
      rows.forEach((row, i) => {
        if (i % PROGRESS_EVERY === 0) progress(i / rows.length);
        if (!isObject(row)) {
          problems.error('json-shape', at(['rows', i]), `each row must be an object, such as {"year": 2014, "office": "Denver", "minor_victims": 18}`, JSON.stringify(row).slice(0, 60));
          return;
        }
        visit({
          where: () => at(['rows', i]),
          width: keys.length,
          cell: (index) => {
            const key = keys[index] ?? '';
            return cellOf(Object.hasOwn(row, key) ? row[key] : undefined, () => numberText(['rows', i, key]));
          },
          at: (index) => at(['rows', i, keys[index] ?? '']),
        });
      });
    },
  };
}
