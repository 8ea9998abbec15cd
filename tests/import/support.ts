/**
 * The import tests' one setup: the committed published package as reference data, a validate call
 * with a fixed load date, the problems as `[code, line, character]` triples, and workbooks built from
 * their XML with fflate, so every `.xlsx` fixture is generated in the test, never a committed binary
 * (formulas without results, error cells and merged cells are exactly what a writer library avoids).
 */
import { strToU8, zipSync } from 'fflate';
import type { Dataset } from '../../src/data/types';
import type { ImportOptions, ImportResult } from '../../src/import/import-types';
import { validateImport } from '../../src/import/validate-import';
import { loadCommittedDataset } from '../published/committed-package';

let published: Dataset | undefined;
export function publishedDataset(): Dataset {
  published ??= loadCommittedDataset();
  return published;
}

export const LOADED_ON = '2026-12-04';

export function validate(input: string | Uint8Array, fileName: string, options: Partial<ImportOptions> = {}): ImportResult {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return validateImport(bytes, publishedDataset(), { fileName, loadedOn: LOADED_ON, ...options });
}

/** `[code, line, character]` of every listed problem, in file order. */
export const codesOf = (result: ImportResult): [string, number | null, number | null][] =>
  result.problems.map((p) => [p.code, p.line, p.character]);

/** Only the errors, for files whose notices are not the point. */
export const errorsOf = (result: ImportResult): [string, number | null, number | null][] =>
  result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line, p.character]);

export const problemOf = (result: ImportResult, code: string) => {
  const found = result.problems.find((p) => p.code === code);
  if (found === undefined) throw new Error(`no ${code} among ${JSON.stringify(codesOf(result))}`);
  return found;
};

/** Imported values, compactly: `edition/office/metric=value` (value `null` for not reported). */
export const valuesOf = (result: ImportResult): string[] => result.values.map((v) => `${v.edition}/${v.office}/${v.metric}=${String(v.value)}`);

// --- Workbooks -----------------------------------------------------------------------------------

/** A cell of a test workbook: text, a number, or a raw cell for what writers avoid. */
export type XCell =
  | string
  | number
  | null
  | { formula: string; value?: string; type?: 'str' | 'n' }
  | { error: string }
  | { date: number }
  | { bool: boolean }
  | { shared: string };

export interface XSheet {
  name: string;
  rows: XCell[][];
  merged?: string[];
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const letters = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : letters(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26)));

function cellXml(cell: XCell, ref: string, shared: string[]): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
  if ('shared' in cell) {
    shared.push(cell.shared);
    return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
  }
  if ('formula' in cell) {
    const type = cell.type === 'str' ? ' t="str"' : '';
    const value = cell.value === undefined ? '' : `<v>${escapeXml(cell.value)}</v>`;
    return `<c r="${ref}"${type}><f>${escapeXml(cell.formula)}</f>${value}</c>`;
  }
  if ('error' in cell) return `<c r="${ref}" t="e"><v>${escapeXml(cell.error)}</v></c>`;
  if ('date' in cell) return `<c r="${ref}" s="1"><v>${cell.date}</v></c>`;
  return `<c r="${ref}" t="b"><v>${cell.bool ? 1 : 0}</v></c>`;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An .xlsx workbook (the parts Excel itself writes) with the given sheets, the first one first. */
export function workbook(sheets: XSheet[]): Uint8Array {
  const shared: string[] = [];
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, s) => {
    const rows = sheet.rows
      .map((row, r) => `<row r="${r + 1}">${row.map((cell, c) => cellXml(cell, `${letters(c)}${r + 1}`, shared)).join('')}</row>`)
      .join('');
    const merged = sheet.merged?.length ? `<mergeCells>${sheet.merged.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : '';
    files[`xl/worksheets/sheet${s + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows}</sheetData>${merged}</worksheet>`);
  });
  const sheetList = sheets.map((sheet, s) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${s + 1}" r:id="rId${s + 1}"/>`).join('');
  const sheetRels = sheets.map((_, s) => `<Relationship Id="rId${s + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`).join('');
  files['[Content_Types].xml'] = strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  files['_rels/.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files['xl/workbook.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets>${sheetList}</sheets></workbook>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${shared.map((text) => `<si><t>${escapeXml(text)}</t></si>`).join('')}</sst>`);
  // Style 0 is General, style 1 a date (built-in format 14), as Excel writes them.
  files['xl/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`);
  return zipSync(files);
}

export const sheet = (rows: XCell[][], name = 'Sheet1', merged?: string[]): XSheet => ({ name, rows, ...(merged ? { merged } : {}) });

/** `[code, line, character]` of `needle`'s first occurrence on a line of `text`, so expectations read as the file does. */
export function at(code: string, text: string, line: number, needle: string): [string, number, number] {
  const lineText = text.split(/\r\n|\n|\r/)[line - 1] ?? '';
  const index = lineText.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not on line ${line}: ${lineText}`);
  return [code, line, index + 1];
}

/** ASCII text as UTF-16 little-endian bytes, with or without the byte-order mark. */
export function utf16le(text: string, bom = true): Uint8Array {
  const bytes: number[] = bom ? [0xff, 0xfe] : [];
  for (let i = 0; i < text.length; i += 1) bytes.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return new Uint8Array(bytes);
}
