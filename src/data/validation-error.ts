/** The error a data request throws when a package fails validation, carrying every issue found. */
import type { ValidationIssue } from './types';

/** One issue as a sentence: `observations.csv, line 14, column "value": "-3" is negative; …`. */
export function formatIssue(issue: ValidationIssue): string {
  const line = issue.line === null ? '' : `, line ${issue.line}`;
  const column = issue.column === null ? '' : `, column "${issue.column}"`;
  return `${issue.file}${line}${column}: ${issue.message}`;
}

function summarise(issues: readonly ValidationIssue[], url: string | undefined): string {
  const where = url === undefined ? 'The data package' : `The data package at ${url}`;
  const first = issues[0];
  if (first === undefined) return `${where} was rejected.`;
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return `${where} was rejected: ${count}. First: ${formatIssue(first)}`;
}

export class DataPackageError extends Error {
  override name = 'DataPackageError';
  readonly issues: ValidationIssue[];
  readonly url?: string;

  constructor(issues: ValidationIssue[], url?: string) {
    super(summarise(issues, url));
    this.issues = issues;
    if (url !== undefined) this.url = url;
  }
}
