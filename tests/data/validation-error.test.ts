import { describe, expect, it } from 'vitest';
import { DataPackageError, formatIssue } from '../../src/data/validation-error';
import type { ValidationIssue } from '../../src/data/types';

const negative: ValidationIssue = {
  file: 'observations.csv',
  line: 14,
  column: 'value',
  message: '"-3" is negative; counts cannot be below 0',
};

describe('formatIssue', () => {
  it('names file, line and column', () => {
    expect(formatIssue(negative)).toBe('observations.csv, line 14, column "value": "-3" is negative; counts cannot be below 0');
  });

  it('leaves out what is unknown', () => {
    expect(formatIssue({ file: 'gaps.csv', line: null, column: null, message: 'the file is missing' })).toBe('gaps.csv: the file is missing');
  });
});

describe('DataPackageError', () => {
  it('summarises the count and the first issue, and keeps them all', () => {
    const second: ValidationIssue = { ...negative, line: 15 };
    const error = new DataPackageError([negative, second], '/data/published/datapackage.json');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DataPackageError');
    expect(error.issues).toEqual([negative, second]);
    expect(error.url).toBe('/data/published/datapackage.json');
    expect(error.message).toBe(
      'The data package at /data/published/datapackage.json was rejected: 2 problems. First: observations.csv, line 14, column "value": "-3" is negative; counts cannot be below 0',
    );
  });

  it('words a single issue without a url', () => {
    const error = new DataPackageError([negative]);
    expect(error.url).toBeUndefined();
    expect(error.message).toMatch(/^The data package was rejected: 1 problem\. First: observations\.csv, line 14/);
  });
});
