/** The error a data request throws when a package fails validation, carrying every issue found. */
import type { ValidationIssue } from './types';

/** One issue as a sentence: `observations.csv, line 14, column "value": "-3" is negative; …`. */
export function formatIssue(issue: ValidationIssue): string {
  const line = issue.line === null ? '' : `, line ${issue.line}`;
  const column = issue.column === null ? '' : `, column "${issue.column}"`;
  return `${issue.file}${line}${column}: ${issue.message}`;
}

function headline(issues: readonly ValidationIssue[], url: string | undefined): string {
  const where = url === undefined ? 'The data package' : `The data package at ${url}`;
  if (issues.length === 0) return `${where} was rejected.`;
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return `${where} was rejected: ${count}.`;
}

function summarise(issues: readonly ValidationIssue[], url: string | undefined): string {
  const first = issues[0];
  return first === undefined ? headline(issues, url) : `${headline(issues, url)} First: ${formatIssue(first)}`;
}

export class DataPackageError extends Error {
  override name = 'DataPackageError';
  readonly issues: ValidationIssue[];
  readonly url?: string;
  /** The message without the first issue, for views that list every issue below it. */
  readonly summary: string;

  constructor(issues: ValidationIssue[], url?: string) {
    super(summarise(issues, url));
    this.issues = issues;
    this.summary = headline(issues, url);
    if (url !== undefined) this.url = url;
  }
}
