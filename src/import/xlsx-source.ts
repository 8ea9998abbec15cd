/**
 * An `.xlsx` workbook as a source table: the sheet named `results` (any case), else the first sheet;
 * its first non-empty row is the header. Cells are read as stored, never evaluated: a formula's saved
 * result is read (with a notice), a formula without one, an Excel error (#DIV/0!) or a date where a
 * number belongs is an error, never a blank. Problems name the sheet and cell (`results!C7`).
 */
import { simplify } from './aliases';
import type { Location, ProblemList } from './problems';
import { WHOLE_FILE } from './problems';
import { BLANK, columnLetters } from './source-table';
import type { SourceCell, SourceTable } from './source-table';
import { decodeExcelEscapes, parseXml, readDateStyles, readRelationships, readSharedStrings, unzipParts, XlsxError } from './xlsx-parts';

const PROGRESS_EVERY = 4_096;
const PREFERRED_SHEET = 'results';

interface Sheet {
  name: string;
  path: string;
}

interface SheetCells {
  /** Row number (1-based) → cells by 0-based column. */
  rows: Map<number, SourceCell[]>;
  merged: string[];
}

/** `C7` → row 7, column 2 (0-based). */
function parseAddress(address: string): { row: number; column: number } | null {
  const match = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (match === null) return null;
  let column = 0;
  for (const letter of match[1] ?? '') column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column: column - 1 };
}

/** How Excel names a sheet in a reference: quoted when it has spaces or punctuation. */
const sheetReference = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replaceAll("'", "''")}'`);

function chooseSheet(parts: Map<string, string>, problems: ProblemList): Sheet {
  const rootRels = readRelationships(parts.get('_rels/.rels'), '');
  const workbookPath = [...rootRels.values()].find((target) => target.endsWith('.xml')) ?? 'xl/workbook.xml';
  const workbook = parts.get(workbookPath);
  if (workbook === undefined) throw new XlsxError('xlsx-invalid', 'this file is a ZIP archive but not an Excel workbook (it has no workbook part); save the results as .xlsx, .csv or .json');
  const rels = readRelationships(parts.get(workbookPath.replace(/([^/]+)$/, '_rels/$1.rels')), workbookPath);
  const sheets: Sheet[] = [];
  parseXml(workbook, 'workbook', {
    open: (name, attribute) => {
      const target = rels.get(attribute('id') ?? '');
      if (name === 'sheet' && target !== undefined && /worksheets\//.test(target)) sheets.push({ name: attribute('name') ?? '', path: target });
    },
  });
  const first = sheets[0];
  if (first === undefined) throw new XlsxError('xlsx-sheet', 'the workbook has no worksheet; put the results on a sheet, one row per edition and office');
  const preferred = sheets.find((sheet) => simplify(sheet.name) === PREFERRED_SHEET);
  if (sheets.length > 1) {
    const why = preferred === undefined ? `the first, "${first.name}", is read (name a sheet "results" to read that one)` : 'the sheet "results" is read';
    problems.add('notice', 'xlsx-sheet', WHOLE_FILE, `the workbook has ${sheets.length} sheets; ${why}`);
  }
  return preferred ?? first;
}

function readSheet(xml: string, sharedStrings: readonly string[], dateStyles: readonly boolean[]): SheetCells {
  const rows = new Map<number, SourceCell[]>();
  const merged: string[] = [];
  let rowNumber = 0;
  let column = -1;
  let cell: { type: string; style: number; formula: boolean; value: string | undefined; inline: string | undefined } | null = null;
  let inValue = false;
  let inText = false;
  let phonetic = 0;

  const build = (c: NonNullable<typeof cell>): SourceCell => {
    const missing = (): SourceCell =>
      c.formula
        ? { kind: 'invalid', text: '', code: 'formula-without-result', message: 'this cell holds a formula without a saved result; open the file in Excel and save it (or paste the values) so the result is stored' }
        : BLANK;
    const text = (raw: string): SourceCell => (raw === '' ? BLANK : { kind: 'text', text: decodeExcelEscapes(raw), formula: c.formula });
    switch (c.type) {
      case 's': {
        const shared = sharedStrings[Number(c.value)];
        if (shared === undefined) throw new XlsxError('xlsx-invalid', 'a cell refers to a text the workbook does not hold; open the file in Excel and save it again');
        return text(shared);
      }
      case 'inlineStr':
        return c.inline === undefined ? BLANK : text(c.inline);
      case 'str':
        return c.value === undefined ? missing() : text(c.value);
      case 'b':
        return c.value === undefined ? missing() : { kind: 'text', text: c.value === '1' ? 'TRUE' : 'FALSE', formula: c.formula };
      case 'e':
        return { kind: 'invalid', text: c.value ?? '', code: 'excel-error', message: `the cell holds the Excel error ${c.value ?? ''}; fix the formula, or type the value` };
      case 'd':
        return { kind: 'invalid', text: c.value ?? '', code: 'excel-date', message: 'the cell holds a date; a count or a year is a plain number: format the cell as Number or General and type the value' };
      default: {
        if (c.value === undefined || c.value === '') return missing();
        if (dateStyles[c.style] === true) {
          return { kind: 'invalid', text: c.value, code: 'excel-date', message: 'the cell is formatted as a date (Excel may have turned what was typed into a date); format it as Number or General and type the value' };
        }
        return { kind: 'number', text: c.value.trim(), strict: false, formula: c.formula };
      }
    }
  };

  parseXml(xml, 'sheet', {
    open: (name, attribute) => {
      if (name === 'row') {
        rowNumber = Number(attribute('r') ?? rowNumber + 1);
        column = -1;
      } else if (name === 'c') {
        const address = parseAddress(attribute('r') ?? '');
        if (address !== null) rowNumber = address.row;
        column = address?.column ?? column + 1;
        cell = { type: attribute('t') ?? 'n', style: Number(attribute('s') ?? '0'), formula: false, value: undefined, inline: undefined };
      } else if (cell !== null) {
        if (name === 'f') cell.formula = true;
        else if (name === 'v') {
          inValue = true;
          cell.value ??= '';
        } else if (name === 'is') cell.inline = '';
        else if (name === 't') inText = true;
        else if (name === 'rPh') phonetic += 1;
      } else if (name === 'mergeCell') merged.push(attribute('ref') ?? '');
    },
    close: (name) => {
      if (name === 'c' && cell !== null) {
        const cells = rows.get(rowNumber) ?? [];
        cells[column] = build(cell);
        rows.set(rowNumber, cells);
        cell = null;
      } else if (name === 'v') inValue = false;
      else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
    },
    text: (text) => {
      if (cell === null) return;
      if (inValue) cell.value = (cell.value ?? '') + text;
      else if (inText && phonetic === 0 && cell.inline !== undefined) cell.inline += text;
    },
  });
  return { rows, merged };
}

const isBlank = (cell: SourceCell | undefined): boolean => cell === undefined || cell.kind === 'blank';

export function xlsxSource(bytes: Uint8Array, problems: ProblemList): SourceTable | null {
  try {
    const meta = unzipParts(bytes, (name) => name.endsWith('.rels') || /^xl\/(workbook|sharedStrings|styles)\.xml$/.test(name) || name.endsWith('/workbook.xml'));
    const sheet = chooseSheet(meta, problems);
    const sheetXml = unzipParts(bytes, (name) => name === sheet.path).get(sheet.path);
    if (sheetXml === undefined) throw new XlsxError('xlsx-invalid', `the sheet "${sheet.name}" is missing from the workbook; open the file in Excel and save it again`);
    const { rows, merged } = readSheet(sheetXml, readSharedStrings(meta.get('xl/sharedStrings.xml')), readDateStyles(meta.get('xl/styles.xml')));
    const ref = sheetReference(sheet.name);
    const locate = (row: number, column: number): Location => ({ ...WHOLE_FILE, line: row, character: column + 1, cell: `${ref}!${columnLetters(column)}${row}` });
    for (const range of merged) {
      const start = parseAddress(range.split(':')[0] ?? '');
      const message = `the cells ${range} are merged; a merged cell holds its value only in its first cell, so unmerge them and write the value in every row`;
      problems.error('xlsx-merged-cells', start === null ? WHOLE_FILE : locate(start.row, start.column), message);
    }
    const numbers = [...rows.keys()].filter((n) => (rows.get(n) ?? []).some((c) => !isBlank(c))).sort((a, b) => a - b);
    const headerRow = numbers[0];
    if (headerRow === undefined) return null;
    const lastRow = numbers.at(-1) ?? headerRow;
    // A loop, not Math.max(...rows): a sheet may have more rows than a call has room for arguments.
    let width = 0;
    for (const n of numbers) width = Math.max(width, (rows.get(n) ?? []).length);
    const headerCells = rows.get(headerRow) ?? [];
    const texts = Array.from({ length: width }, (_, i) => {
      const c = headerCells[i];
      return c === undefined || c.kind === 'blank' ? '' : c.text;
    });
    return {
      format: 'xlsx',
      header: { texts, at: (index) => locate(headerRow, index) },
      rows: (visit, progress) => {
        for (let n = headerRow + 1; n <= lastRow; n += 1) {
          if ((n - headerRow) % PROGRESS_EVERY === 0) progress((n - headerRow) / (lastRow - headerRow));
          const cells = rows.get(n) ?? [];
          visit({ where: () => locate(n, 0), width, cell: (index) => cells[index] ?? BLANK, at: (index) => locate(n, index) });
        }
      },
    };
  } catch (error) {
    if (!(error instanceof XlsxError)) throw error;
    problems.error(error.code, WHOLE_FILE, error.message);
    return null;
  }
}
