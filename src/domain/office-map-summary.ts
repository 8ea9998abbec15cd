/**
 * The one sentence that says what the map shows: under the map on the page (its accessible
 * description), and the alt text and subtitle of its export.
 * A fixed template over the map's own model, so the same data always give the same words; a
 * reader who cannot see the circles learns the coverage, the largest values and what is missing.
 */
import { editionName } from './format';
import type { OfficeFigure } from './office-figures';
import type { OfficeMapModel } from './office-map';
import { compareText } from './text-order';

/** How many offices the sentence names after (or among) the largest. */
const NAMED = 3;

const byValueThenName = (a: OfficeFigure, b: OfficeFigure): number =>
  (b.value ?? 0) - (a.value ?? 0) || compareText(a.office.name, b.office.name);

/** "FBI A", "FBI A and FBI B", "FBI A, FBI B, FBI C and 2 more". */
function nameList(names: readonly string[]): string {
  const shown = names.slice(0, NAMED);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}` : (shown[0] ?? '');
}

/** "the largest, 14, in FBI Houston, then …", or all the offices tied at the top. */
function largestClause(sized: readonly OfficeFigure[]): string {
  const [largest, ...rest] = sized;
  if (!largest) return '';
  const tied = sized.filter((f) => f.value === largest.value);
  if (tied.length > 1) {
    return `; the largest, ${largest.spoken}, in ${tied.length} offices: ${nameList(tied.map((f) => f.office.name))}`;
  }
  const next = rest.slice(0, NAMED - 1).map((f) => `${f.office.name} (${f.spoken})`);
  return `; the largest, ${largest.spoken}, in ${largest.office.name}${next.length > 0 ? `, then ${next.join(' and ')}` : ''}`;
}

/** "; 40 offices withheld in release mode; the largest shown, 14, in FBI Houston, then …" */
function withheldClause(sized: readonly OfficeFigure[], withheld: number): string {
  const head = `; ${withheld} ${withheld === 1 ? 'office' : 'offices'} withheld in release mode`;
  if (sized.length === 0) return head;
  return `${head}${largestClause(sized).replace('; the largest', '; the largest shown')}`;
}

/**
 * e.g. "Minor victims by field office, OCC XIII (2023): 3 of 56 offices reported; the largest, 5, in
 * FBI New Orleans, then FBI Kansas City (4) and FBI Jacksonville (2); 53 offices did not report a figure."
 */
export function officeMapSummary(model: OfficeMapModel): string {
  const { metric, edition, figures, coverage } = model;
  const sample = model.hasSynthetic ? 'Sample data: ' : '';
  const head = `${sample}${metric.shortLabel} by field office, ${editionName(edition)}: ${coverage.caption}`;
  const notReported = figures.filter((f) => f.state === 'not-reported').length;
  // Nothing reported at all: the caption ("0 of 56 offices reported") says it all.
  if (notReported === figures.length) return `${head}.`;
  const sized = figures.filter((f) => f.value !== null && f.value > 0).sort(byValueThenName);
  // Release mode: a hidden value may be larger than any shown, so "the largest" is of those shown.
  const withheld = figures.filter((f) => f.withheld).length;
  const values =
    withheld > 0 ? withheldClause(sized, withheld) : sized.length > 0 ? largestClause(sized) : '; every office with a figure reported 0';
  const missing = notReported > 0 ? `; ${notReported} ${notReported === 1 ? 'office did' : 'offices did'} not report a figure` : '';
  return `${head}${values}${missing}.`;
}
