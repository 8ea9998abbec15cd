/**
 * A problem of an analyst's file as the dialog lists it and "Download this list" saves it: where (line
 * and character, sheet and cell, or JSON path), the column, the value as text, and the message that
 * says how to fix it. The CSV goes through the one writer (export/csv.ts): a value from the file that
 * looks like a formula is written so a spreadsheet shows it as text.
 */
import { exportFileName } from '../../export/file-names';
import { toCsv } from '../../export/csv';
import { datasetSlug } from '../../import/dataset-id';
import type { ImportProblem, ImportResult, ProblemSeverity } from '../../import/import-types';

export function problemPlace(problem: ImportProblem): string {
  if (problem.cell !== null) return problem.cell;
  if (problem.path !== null) return problem.line === null ? problem.path : `${problem.path} (line ${problem.line})`;
  if (problem.line === null) return 'the whole file';
  return problem.character === null ? `line ${problem.line}` : `line ${problem.line}, character ${problem.character}`;
}

export const SEVERITY_LABEL: Record<ProblemSeverity, string> = { error: 'Error', warning: 'Warning', notice: 'Notice' };

const plural = (n: number, one: string): string => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

/** "3 errors, 1 warning and 2 notices". */
export function countsText(counts: ImportResult['counts']): string {
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')} and ${plural(counts.notice, 'notice')}`;
}

export function problemsCsv(result: ImportResult): string {
  const header = ['file', 'severity', 'where', 'line', 'character', 'cell', 'path', 'column', 'value', 'problem and fix'];
  const rows = result.problems.map((p) => [result.file, p.severity, problemPlace(p), p.line, p.character, p.cell, p.path, p.column, p.value, p.message]);
  const more = result.omitted > 0 ? [[result.file, '', `Note: ${plural(result.omitted, 'more problem')} not listed; fix these and load the file again.`]] : [];
  return toCsv([header, ...rows, ...more]);
}

export function problemsFileName(fileName: string): string {
  return exportFileName(['occ', 'problems', datasetSlug(fileName)], 'csv');
}
