/**
 * The rules for each row: which edition and office it is about, each metric's value, and whether the
 * (edition, office) pair was already given. A row with a problem adds it and goes on, so one pass
 * lists every problem; values are kept only while the file has no error, since a rejected file never
 * becomes a dataset (and a 50 MB file full of errors then costs no memory beyond its text).
 */
import { quoteText } from '../data/cell-text';
import type { Edition } from '../data/types';
import { checkedText, readCount, readEdition, readYear } from './cell-values';
import type { Read } from './cell-values';
import type { ResolvedColumns } from './columns';
import { matchOffice } from './match-office';
import type { OfficeMatch } from './match-office';
import type { ProblemCode, ProblemSeverity } from './import-types';
import type { Location, ProblemList } from './problems';
import { grouped, plural, shownText } from './problems';
import type { ImportReference } from './reference';
import { cellText, isBlankRow } from './source-table';
import type { SourceCell, SourceRow, SourceTable } from './source-table';

export interface ImportEntry {
  editionId: string;
  officeId: string;
  /** One per metric column, in the order of ResolvedColumns.metrics; null = not reported. */
  values: (number | null)[];
}

export interface RowsResult {
  rows: number;
  entries: ImportEntry[];
  preview: string[][];
}

const PREVIEW_ROWS = 5;
/** Distinct office spellings remembered: a real file has a few dozen; a file of garbage gets no more. */
const OFFICE_CACHE = 4_096;

/** A row of totals: skipped, since the app computes totals. */
const TOTAL_ROW = Symbol('total row');

/** How a message names another row: `line 4`, `row 4`, `rows[3] (line 12)`. */
function placeOf(where: Location): string {
  if (where.path !== null) return `${where.path}${where.line === null ? '' : ` (line ${where.line})`}`;
  return `${where.cell !== null ? 'row' : 'line'} ${where.line ?? '?'}`;
}

function gapText(year: number, reference: ImportReference): string {
  const gap = reference.gapByYear.get(year);
  if (gap?.kind === 'no-operation') return `${year} had no Operation Cross Country`;
  if (gap?.kind === 'no-results-published') return `no results of an Operation Cross Country were published for ${year}`;
  const first = reference.editions[0]?.year ?? 2008;
  const last = reference.editions.at(-1)?.year ?? first;
  return `no Operation Cross Country edition ran in ${year} (editions ran from ${first} to ${last})`;
}

class RowReader {
  /** Where each (edition, office) was first given: a function, since it is only needed for a duplicate. */
  private readonly firstRow = new Map<string, () => Location>();
  private readonly offices = new Map<string, OfficeMatch>();
  private readonly unnamedReported = new Set<number>();
  readonly result: RowsResult = { rows: 0, entries: [], preview: [] };

  constructor(
    private readonly columns: ResolvedColumns,
    private readonly reference: ImportReference,
    private readonly problems: ProblemList,
    private readonly headerWidth: number,
  ) {}

  private where(row: SourceRow, index: number | null): Location {
    if (index === null) return row.where();
    const header = this.columns.columns[index]?.header ?? '';
    return { ...row.at(index), column: header === '' ? null : shownText(header) };
  }

  /** Counts a problem; its position, message and quoted value are built only if it is listed. */
  private fault(code: ProblemCode, row: SourceRow, index: number | null, message: () => string, value: () => string | null = () => null, severity: ProblemSeverity = 'error'): void {
    this.problems.lazy(severity, () => ({ code, ...this.where(row, index), message: message(), value: value() }));
  }

  /** One notice for every cell normalised the same way, at the first. */
  private note(code: ProblemCode, key: string, row: SourceRow, index: number | null, value: () => string | null, message: (count: number) => string): void {
    this.problems.tally(code, key, () => ({ where: this.where(row, index), value: value() }), message);
  }

  private report<T>(read: Read<T>, row: SourceRow, index: number): T | undefined {
    if (read.ok) return read.value;
    this.problems.lazy('error', () => {
      const { code, message } = read.problem();
      return { code, ...this.where(row, index), message, value: shownText(cellText(row.cell(index))) };
    });
    return undefined;
  }

  private edition(row: SourceRow): Edition | undefined {
    const { edition: editionColumn, year: yearColumn } = this.columns;
    // Without either column the file already has its one error; one per row would bury it.
    if (editionColumn === null && yearColumn === null) return undefined;
    const edition = editionColumn === null ? null : this.report(readEdition(row.cell(editionColumn), this.reference), row, editionColumn);
    const year = yearColumn === null ? null : this.report(readYear(row.cell(yearColumn)), row, yearColumn);
    if (edition === undefined || year === undefined) return undefined;
    if (edition !== null) {
      if (year === null || year === edition.year || yearColumn === null) return edition;
      this.fault('edition-year-mismatch', row, yearColumn, () => `edition ${edition.id} ran in ${edition.year}, but this row says ${year}; correct the edition or the year`, () => String(year));
      return undefined;
    }
    if (year === null || yearColumn === null) {
      const which = editionColumn === null ? 'the year' : yearColumn === null ? 'the edition' : 'the edition or the year';
      this.fault('edition-missing', row, editionColumn ?? yearColumn, () => `this row does not say which edition it is about; fill in ${which}`);
      return undefined;
    }
    const editions = this.reference.editionsByYear.get(year) ?? [];
    const [only, second] = editions;
    if (only !== undefined && second === undefined) return only;
    if (only === undefined) {
      this.fault('year-without-edition', row, yearColumn, () => `${gapText(year, this.reference)}; a row needs a year with an edition, never a blank or a zero for a year without one`, () => String(year));
    } else {
      const ids = editions.map((e) => e.id).join(' and ');
      this.fault('year-ambiguous', row, yearColumn, () => `${year} had two editions (${ids}); add an "edition" column saying which one this row is about`, () => String(year));
    }
    return undefined;
  }

  /** Office cells repeat (56 offices, 13 editions), so each spelling is matched once. */
  private match(text: string): OfficeMatch {
    const cached = this.offices.get(text);
    if (cached !== undefined) return cached;
    const match = matchOffice(text, this.reference);
    if (this.offices.size < OFFICE_CACHE) this.offices.set(text, match);
    return match;
  }

  private office(row: SourceRow): string | typeof TOTAL_ROW | undefined {
    const index = this.columns.office;
    if (index === null) return undefined;
    const cell = row.cell(index);
    const raw = cellText(cell).trim();
    if (raw === '') {
      this.fault('office-missing', row, index, () => 'the office is blank; write the field office this row is about');
      return undefined;
    }
    const checked = cell.kind === 'text' ? this.report(checkedText(cell, 'name'), row, index) : raw;
    if (checked === undefined) return undefined;
    const match = this.match(checked);
    if (match.kind === 'total') {
      this.note('total-row-skipped', '', row, index, () => shownText(raw), (n) =>
        `${plural(n, 'row')} of totals (${quoteText(raw)}) ${n === 1 ? 'was' : 'were'} skipped: totals are not offices, and the app computes each national figure from the offices`);
      return TOTAL_ROW;
    }
    if (match.kind === 'unknown') {
      this.fault('office-unknown', row, index, () => `${quoteText(raw)} ${match.message()}`, () => shownText(raw));
      return undefined;
    }
    if (!match.canonical) {
      const name = this.reference.officeById.get(match.officeId)?.name ?? match.officeId;
      this.note('office-matched', raw, row, index, () => shownText(raw), (n) => `${quoteText(raw)} is read as ${name} (${match.officeId})${n > 1 ? ` on ${grouped(n)} rows` : ''}`);
    }
    return match.officeId;
  }

  /** The notices and warning a value that was read may earn; most values earn none and cost nothing here. */
  private noteValue(row: SourceRow, index: number, metricId: string, cell: SourceCell, read: Read<number | null> & { ok: true }): void {
    if (read.via === 'token') {
      this.note('not-reported-token', cellText(cell).trim().toLowerCase(), row, index, () => shownText(cellText(cell)), (n) =>
        `${quoteText(cellText(cell).trim())} is read as not reported (never 0) in ${plural(n, 'cell')}`);
    } else if (read.via === 'thousands') {
      this.note('thousands-separator', '', row, index, () => shownText(cellText(cell)), (n) =>
        `${plural(n, 'count')} with "," between thousands, such as ${quoteText(cellText(cell).trim())}, ${n === 1 ? 'is read as a whole number' : 'are read as whole numbers'}`);
    }
    if ((cell.kind === 'text' || cell.kind === 'number') && cell.formula === true) {
      this.note('formula-result', '', row, index, () => shownText(cellText(cell)), (n) =>
        `${plural(n, 'cell')} ${n === 1 ? 'holds a formula' : 'hold formulas'}: the result saved in the workbook is read (formulas are never evaluated here)`);
    }
    if (cell.kind === 'blank' && cell.missing === true) {
      this.note('not-reported-token', `missing:${metricId}`, row, index, () => null, (n) =>
        `${plural(n, 'row')} without the key ${quoteText(this.columns.columns[index]?.header ?? metricId)} ${n === 1 ? 'is' : 'are'} read as not reported`);
    }
    const largest = this.reference.largestPublished.get(metricId);
    const { value } = read;
    if (value !== null && largest !== undefined && value > largest.value) {
      this.fault('implausible-count', row, index, () =>
        `${grouped(value)} for one office is more than the largest figure ever published for this metric (${grouped(largest.value)}, OCC ${largest.editionId}); check the value`,
      () => shownText(cellText(cell)), 'warning');
    }
  }

  private values(row: SourceRow): (number | null)[] | undefined {
    const values: (number | null)[] = [];
    let ok = true;
    for (const { index, metricId } of this.columns.metrics) {
      const cell = row.cell(index);
      const read = readCount(cell);
      if (!read.ok) {
        this.report(read, row, index);
        ok = false;
        continue;
      }
      values.push(read.value);
      this.noteValue(row, index, metricId, cell, read);
    }
    return ok ? values : undefined;
  }

  visit(row: SourceRow): void {
    if (this.result.preview.length < PREVIEW_ROWS) this.result.preview.push(Array.from({ length: row.width }, (_, i) => cellText(row.cell(i))));
    if (isBlankRow(row)) {
      this.note('blank-rows-skipped', '', row, null, () => null, (n) => `${plural(n, 'blank row')} ${n === 1 ? 'was' : 'were'} skipped`);
      return;
    }
    if (row.width !== this.headerWidth) {
      const comma = row.width > this.headerWidth ? '; a number such as 1,234 must be in quotes or written without the ","' : '';
      this.fault('ragged-row', row, null, () => `this row has ${plural(row.width, 'field')} but the header has ${this.headerWidth}; check for a missing or extra ","${comma}`);
      this.result.rows += 1;
      return;
    }
    for (const index of this.columns.unnamed) {
      if (this.unnamedReported.has(index) || cellText(row.cell(index)).trim() === '') continue;
      this.unnamedReported.add(index);
      this.fault('header-blank', row, index, () => 'this value is in a column with no name in the header; name the column, or delete it', () => shownText(cellText(row.cell(index))));
    }
    const office = this.office(row);
    if (office === TOTAL_ROW) return;
    this.result.rows += 1;
    const edition = this.edition(row);
    const values = this.values(row);
    if (office === undefined || edition === undefined) return;
    const key = `${edition.id}\u0000${office}`;
    const first = this.firstRow.get(key);
    if (first !== undefined) {
      const name = this.reference.officeById.get(office)?.name ?? office;
      this.fault('duplicate-row', row, null, () => `this row repeats edition ${edition.id}, ${name}, already given on ${placeOf(first())}; keep one row per edition and office (values are never added up or overwritten)`);
      return;
    }
    this.firstRow.set(key, () => row.where());
    if (values !== undefined && !this.problems.hasErrors) this.result.entries.push({ editionId: edition.id, officeId: office, values });
  }
}

export function validateRows(
  table: SourceTable,
  columns: ResolvedColumns,
  reference: ImportReference,
  problems: ProblemList,
  progress: (fraction: number) => void,
): RowsResult {
  const reader = new RowReader(columns, reference, problems, table.header.texts.length);
  table.rows((row) => reader.visit(row), progress);
  return reader.result;
}
