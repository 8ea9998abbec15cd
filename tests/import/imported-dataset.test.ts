// @vitest-environment node
/**
 * What an accepted file becomes: a dataset of the app's own model that loads like any package, with
 * imported office values, national sums that say how many offices reported, and values that read as
 * reported (never published, never synthetic). Also the hooks issue 13 builds on: progress, cancel,
 * the column mapping and the preview.
 */
import { describe, expect, it } from 'vitest';
import { loadPackageFromFiles } from '../../src/data/load-package';
import { writePackage } from '../../src/data/package-write';
import { NATIONAL } from '../../src/data/types';
import { coverageOf } from '../../src/domain/coverage';
import { shownValue } from '../../src/domain/shown-value';
import { ImportCancelledError } from '../../src/import/import-types';
import type { ImportProgress } from '../../src/import/import-types';
import { importReference } from '../../src/import/reference';
import { codesOf, publishedDataset, validate, valuesOf } from './support';

const FILE = 'edition,office,minor_victims,traffickers\nXIII,Denver,18,\nXIII,San Juan,0,2\nXII,Denver,,\n';

function accepted(text = FILE, fileName = 'denver-results.csv') {
  const result = validate(text, fileName, { datasetId: 'local-denver' });
  if (result.dataset === null) throw new Error(`rejected: ${JSON.stringify(codesOf(result))}`);
  return { result, dataset: result.dataset };
}

describe('the dataset of an accepted file', () => {
  it('keeps the published reference data and names the file and load date, not the FBI', () => {
    const { dataset } = accepted();
    const published = publishedDataset();
    expect(dataset.manifest).toMatchObject({ id: 'local-denver', kind: 'imported', title: 'denver-results.csv, loaded 4 Dec 2026', asOf: '2026-12-04', version: '1.0.0' });
    expect(dataset.manifest.description).toMatch(/^Figures from the file denver-results\.csv, loaded 4 Dec 2026: not published by the FBI\./);
    expect([dataset.editions, dataset.gaps, dataset.offices, dataset.metrics, dataset.wording, dataset.sources]).toEqual([
      published.editions,
      published.gaps,
      published.offices,
      published.metrics,
      published.wording,
      published.sources,
    ]);
  });

  it('holds each cell of the file with origin imported and no source, and each national figure as the sum of the offices', () => {
    const { dataset } = accepted();
    expect(dataset.observations.every((o) => o.origin === 'imported' && o.sourceIds.length === 0)).toBe(true);
    const rows = dataset.observations.map((o) => [o.editionId, o.place, o.metricId, o.value, o.qualifier, o.note]);
    expect(rows).toEqual([
      ['XII', NATIONAL, 'minor-victims', null, null, 'Sum of the field offices in denver-results.csv: 0 of 56 offices reported, so no national figure.'],
      ['XII', 'denver', 'minor-victims', null, null, ''],
      ['XII', NATIONAL, 'traffickers', null, null, 'Sum of the field offices in denver-results.csv: 0 of 56 offices reported, so no national figure.'],
      ['XII', 'denver', 'traffickers', null, null, ''],
      ['XIII', NATIONAL, 'minor-victims', 18, 'at-least', 'Sum of the field offices in denver-results.csv: 2 of 56 offices reported; the others are unknown, so the sum is a lower bound.'],
      ['XIII', 'denver', 'minor-victims', 18, null, ''],
      ['XIII', 'san-juan', 'minor-victims', 0, null, ''],
      ['XIII', NATIONAL, 'traffickers', 2, 'at-least', 'Sum of the field offices in denver-results.csv: 1 of 56 offices reported; the others are unknown, so the sum is a lower bound.'],
      ['XIII', 'denver', 'traffickers', null, null, ''],
      ['XIII', 'san-juan', 'traffickers', 2, null, ''],
    ]);
  });

  it('gives an exact national sum when every office reported', () => {
    const offices = publishedDataset().offices;
    const text = `edition,office,minor_victims\n${offices.map((o, i) => `XIII,${o.id},${i % 3}`).join('\n')}\n`;
    const { dataset } = accepted(text);
    const national = dataset.observations.find((o) => o.place === NATIONAL);
    expect(national).toMatchObject({ value: offices.reduce((sum, _, i) => sum + (i % 3), 0), qualifier: null, note: 'Sum of the field offices in denver-results.csv: 56 of 56 offices reported.' });
  });

  it('reads as reported, zero or a lower bound, and counts as reported in coverage', () => {
    const { dataset } = accepted();
    const find = (place: string, metricId: string) => dataset.observations.find((o) => o.editionId === 'XIII' && o.place === place && o.metricId === metricId);
    expect([find('denver', 'minor-victims'), find('san-juan', 'minor-victims'), find('denver', 'traffickers'), find(NATIONAL, 'minor-victims')].map((o) => shownValue(o).state)).toEqual([
      'reported',
      'zero',
      'not-reported',
      'approximate',
    ]);
    expect(shownValue(find(NATIONAL, 'minor-victims')).display).toBe('18+');
    const offices = dataset.observations.filter((o) => o.editionId === 'XIII' && o.place !== NATIONAL && o.metricId === 'minor-victims');
    expect(coverageOf(offices.map((o) => shownValue(o)))).toEqual({ reported: 2, synthetic: 0, total: 2 });
  });

  it('writes a package (--out) that the app\'s loader accepts as it is', () => {
    const { dataset } = accepted();
    const loaded = loadPackageFromFiles(writePackage(dataset));
    expect(loaded.ok && loaded.dataset).toEqual(dataset);
  });

  it('lists the values of the file in file order, as --json prints them', () => {
    expect(valuesOf(accepted().result)).toEqual([
      'XIII/denver/minor-victims=18',
      'XIII/denver/traffickers=null',
      'XIII/san-juan/minor-victims=0',
      'XIII/san-juan/traffickers=2',
      'XII/denver/minor-victims=null',
      'XII/denver/traffickers=null',
    ]);
  });
});

describe('what issue 13 builds on', () => {
  it('reports progress from 0 to 1 through the stages', () => {
    const progress: ImportProgress[] = [];
    validate(FILE, 'a.csv', { onProgress: (p) => progress.push(p) });
    expect(progress.map((p) => p.stage)).toEqual(['reading', 'reading', 'building', 'building']);
    expect(progress.map((p) => p.fraction)).toEqual([0, 0.2, 0.9, 1]);
  });

  it('stops with ImportCancelledError once the signal is aborted', () => {
    const signal = { aborted: false };
    const rows = Array.from({ length: 10_000 }, () => 'XIII,Denver,1,2').join('\n');
    const run = () =>
      validate(`edition,office,minor_victims,traffickers\n${rows}\n`, 'a.csv', {
        signal,
        onProgress: ({ stage }) => {
          if (stage === 'checking') signal.aborted = true;
        },
      });
    expect(run).toThrow(ImportCancelledError);
  });

  it('takes a header → role mapping over the names it knows, and says what each column became', () => {
    const text = 'Op,Where,Kids found,Bad guys,Comment\nXIII,Denver,4,1,x\n';
    const unmapped = validate(text, 'a.csv');
    expect(unmapped.accepted).toBe(false);
    expect(unmapped.columns.map((c) => c.role.kind)).toEqual(['ignored', 'ignored', 'ignored', 'ignored', 'ignored']);
    expect(unmapped.preview).toEqual([['XIII', 'Denver', '4', '1', 'x']]);
    const mapped = validate(text, 'a.csv', { columnMapping: { op: 'edition', WHERE: 'office', 'kids found': 'minor-victims', 'Bad guys': 'traffickers', Comment: null } });
    expect(mapped.accepted).toBe(true);
    expect(valuesOf(mapped)).toEqual(['XIII/denver/minor-victims=4', 'XIII/denver/traffickers=1']);
    expect(mapped.columns.map((c) => c.matchedBy)).toEqual(['mapping', 'mapping', 'mapping', 'mapping', 'mapping']);
    const wrong = validate(text, 'a.csv', { columnMapping: { Op: 'edition', Where: 'office', 'Kids found': 'kids' } });
    expect(codesOf(wrong)).toContainEqual(['mapping-invalid', 1, 10]);
  });

  it('builds its alias tables without a name that means two things', () => {
    const reference = importReference(publishedDataset());
    expect(reference.officeByName.size).toBeGreaterThan(56 * 2);
    expect(reference.metricByName.get('pimps')).toEqual({ metricId: 'traffickers', match: 'alias' });
    expect(reference.keyColumnByName.get('field office')).toBe('office');
  });
});
