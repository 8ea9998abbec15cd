/**
 * Problems as text: `file:line:character: severity: where: message`, the compiler and linter
 * convention editors understand, for the CLI now and the "Download this list" of issue 13 later.
 * `where` names what the position alone does not: the Excel cell, the JSON path, the CSV column.
 */
import type { ImportProblem, ImportResult } from './import-types';
import { grouped, plural } from './problems';

export function problemWhere(problem: ImportProblem): string {
  if (problem.cell !== null) return problem.column === null ? problem.cell : `${problem.cell} (${problem.column})`;
  if (problem.path !== null) return problem.path;
  return problem.column === null ? '' : `column "${problem.column}"`;
}

export function problemLine(file: string, problem: ImportProblem): string {
  const position = problem.line === null ? '' : `:${problem.line}${problem.character === null ? '' : `:${problem.character}`}`;
  const where = problemWhere(problem);
  return `${file}${position}: ${problem.severity}: ${where === '' ? '' : `${where}: `}${problem.message}`;
}

/** The one-line summary: `results.csv: accepted: 728 rows; 0 errors, 0 warnings, 3 notices`. */
export function summaryLine(file: string, result: ImportResult): string {
  const { error, warning, notice } = result.counts;
  const counts = `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(notice, 'notice')}`;
  const more = result.omitted > 0 ? ` (${grouped(result.omitted)} more not listed)` : '';
  return `${file}: ${result.accepted ? 'accepted' : 'rejected'}: ${plural(result.rows, 'row')}; ${counts}${more}`;
}
