// @vitest-environment node
/**
 * CSV files an analyst may honestly bring, each accepted: the exact values read, and the notices that
 * say what was normalised. One fixture per rule of the README's "accepted" list.
 */
import { describe, expect, it } from 'vitest';
import { codesOf, problemOf, validate, valuesOf } from './support';

describe('CSV: accepted files', () => {
  it('reads the canonical layout: edition, office, one column per metric by id', () => {
    const result = validate('edition,office,minor-victims,traffickers\nVIII,denver,18,2\nVIII,san-juan,0,\n', 'results.csv');
    expect(result.accepted).toBe(true);
    expect(codesOf(result)).toEqual([]);
    expect(result.rows).toBe(2);
    expect(valuesOf(result)).toEqual([
      'VIII/denver/minor-victims=18',
      'VIII/denver/traffickers=2',
      'VIII/san-juan/minor-victims=0',
      'VIII/san-juan/traffickers=null',
    ]);
  });

  it('identifies the edition by a year that had exactly one, and reads "OCC XIII" and any case', () => {
    const result = validate('year,edition,office,minor_victims\n2014,,Denver,1\n,OCC XIII,Denver,2\n,xi,Denver,3\n,Operation Cross Country X,Denver,4\n2023,XIII,Boston,5\n', 'years.csv');
    expect(result.accepted).toBe(true);
    expect(valuesOf(result)).toEqual([
      'VIII/denver/minor-victims=1',
      'XIII/denver/minor-victims=2',
      'XI/denver/minor-victims=3',
      'X/denver/minor-victims=4',
      'XIII/boston/minor-victims=5',
    ]);
  });

  it('reads offices by id, name, city and the spellings people use, with one notice per spelling', () => {
    const text = [
      'edition,office,minor_victims',
      'XIII,san-juan,1',
      'XII,FBI San Juan,2',
      'XI,  SAN JUAN ,3',
      'X,San Juan Field Office,4',
      'IX,"San Juan, PR",5',
      'VIII,"San Juan, PR",6',
      'VII,Washington Field Office,7',
      'VI,St Louis,8',
    ].join('\n');
    const result = validate(text, 'offices.csv');
    expect(result.accepted).toBe(true);
    expect(valuesOf(result).map((v) => v.split('/')[1])).toEqual(['san-juan', 'san-juan', 'san-juan', 'san-juan', 'san-juan', 'san-juan', 'washington-dc', 'st-louis']);
    expect(codesOf(result)).toEqual([
      ['office-matched', 5, 3],
      ['office-matched', 6, 4],
      ['office-matched', 8, 5],
    ]);
    expect(problemOf(result, 'office-matched').message).toBe('"San Juan Field Office" is read as FBI San Juan (san-juan)');
    expect(result.problems[1]?.message).toBe('"San Juan, PR" is read as FBI San Juan (san-juan) on 2 rows');
  });

  it('reads metric columns by id, snake case, label and alias; labels and aliases get a notice', () => {
    const result = validate('Edition,Office,minor_victims,Missing children,TASK_FORCES,Pimps arrested,Cities with operations\nXIII,Denver,1,2,3,4,5\n', 'metrics.csv');
    expect(result.accepted).toBe(true);
    expect(valuesOf(result)).toEqual([
      'XIII/denver/minor-victims=1',
      'XIII/denver/missing-children=2',
      'XIII/denver/task-forces=3',
      'XIII/denver/traffickers=4',
      'XIII/denver/cities=5',
    ]);
    expect(codesOf(result)).toEqual([
      ['column-matched', 1, 59],
      ['column-matched', 1, 74],
    ]);
    expect(result.problems[0]?.message).toBe('the column "Pimps arrested" is read as metric traffickers (Pimps or traffickers arrested)');
    expect(result.columns.map((c) => [c.header, c.role.kind, c.matchedBy])).toEqual([
      ['Edition', 'edition', 'id'],
      ['Office', 'office', 'id'],
      ['minor_victims', 'metric', 'id'],
      ['Missing children', 'metric', 'id'],
      ['TASK_FORCES', 'metric', 'id'],
      ['Pimps arrested', 'metric', 'alias'],
      ['Cities with operations', 'metric', 'label'],
    ]);
  });

  it('ignores unknown columns with one notice naming them', () => {
    const result = validate('edition,office,minor_victims,notes,Reviewed by\nXIII,Denver,1,"a note, with a comma",JS\n', 'extra.csv');
    expect(result.accepted).toBe(true);
    expect(codesOf(result)).toEqual([['column-ignored', 1, 1]]);
    expect(result.problems[0]?.message).toBe('2 columns "notes" and "Reviewed by" are not a metric and are ignored; the README lists the column names read');
  });

  it('reads a blank and the not-reported tokens as not reported, never 0, and 0 as a real zero', () => {
    const result = validate('edition,office,minor_victims,traffickers,cities\nXIII,Denver,,n/a,0\nXIII,Boston,NA,—,-\nXIII,Miami,Not reported,null,0\n', 'blanks.csv');
    expect(result.accepted).toBe(true);
    expect(valuesOf(result)).toEqual([
      'XIII/denver/minor-victims=null',
      'XIII/denver/traffickers=null',
      'XIII/denver/cities=0',
      'XIII/boston/minor-victims=null',
      'XIII/boston/traffickers=null',
      'XIII/boston/cities=null',
      'XIII/miami/minor-victims=null',
      'XIII/miami/traffickers=null',
      'XIII/miami/cities=0',
    ]);
    expect(codesOf(result)).toEqual([
      ['not-reported-token', 2, 14],
      ['not-reported-token', 3, 13],
      ['not-reported-token', 3, 16],
      ['not-reported-token', 3, 18],
      ['not-reported-token', 4, 12],
      ['not-reported-token', 4, 25],
    ]);
    expect(result.problems[0]?.message).toBe('"n/a" is read as not reported (never 0) in 1 cell');
  });

  it('reads "1,234" thousands separators with a notice, and warns of a value above anything published', () => {
    const result = validate('edition,office,total_arrests,minor_victims\nIV,Denver,"1,234",200\n', 'thousands.csv');
    expect(result.accepted).toBe(true);
    expect(valuesOf(result)).toEqual(['IV/denver/total-arrests=1234', 'IV/denver/minor-victims=200']);
    expect(codesOf(result)).toEqual([
      ['implausible-count', 2, 11],
      ['thousands-separator', 2, 11],
      ['implausible-count', 2, 19],
    ]);
    expect(problemOf(result, 'implausible-count').message).toBe(
      '1,234 for one office is more than the largest figure ever published for this metric (884, OCC V); check the value',
    );
  });

  it('drops a UTF-8 BOM, reads CR LF and skips blank lines and rows with a notice', () => {
    const result = validate('\uFEFFedition,office,minor_victims\r\nXIII,Denver,1\r\n\r\n,,\r\nXIII,Boston,2\r\n', 'bom.csv');
    expect(result.accepted).toBe(true);
    expect(valuesOf(result)).toEqual(['XIII/denver/minor-victims=1', 'XIII/boston/minor-victims=2']);
    expect(codesOf(result)).toEqual([['blank-rows-skipped', 4, 1]]);
  });

  it('skips a row of totals with a notice: the app computes totals', () => {
    const result = validate('edition,office,minor_victims\nXIII,Denver,1\nXIII,Total,99\nXIII,All offices,99\n', 'totals.csv');
    expect(result.accepted).toBe(true);
    expect(result.rows).toBe(1);
    expect(valuesOf(result)).toEqual(['XIII/denver/minor-victims=1']);
    expect(codesOf(result)).toEqual([['total-row-skipped', 3, 6]]);
    expect(result.problems[0]?.message).toBe('2 rows of totals ("Total") were skipped: totals are not offices, and the app computes each national figure from the offices');
  });

  it('counts the physical lines of a quoted field spanning lines', () => {
    const result = validate('edition,office,notes,minor_victims\nXIII,Denver,"two\nlines",1\nXIII,Boston,,x\n', 'multiline.csv');
    expect(result.accepted).toBe(false);
    expect(codesOf(result)).toEqual([
      ['column-ignored', 1, 1],
      ['not-a-count', 4, 14],
    ]);
  });
});
