import { describe, expect, it } from 'vitest';
import { apportion } from '../../mocks/sample/apportion';
import { generateSampleDataset } from '../../mocks/sample/generate-sample';
import type { Observation } from '../../src/data/types';
import { fixtureDataset, OFFICE_IDS } from './sample-fixture';

const synthetic = (observations: Observation[], editionId: string, metricId: string): Observation[] =>
  observations.filter((o) => o.origin === 'synthetic' && o.editionId === editionId && o.metricId === metricId);
const officeSum = (observations: Observation[], editionId: string, metricId: string): number =>
  observations
    .filter((o) => o.editionId === editionId && o.metricId === metricId && o.place !== 'national')
    .reduce((sum, o) => sum + (o.value ?? 0), 0);

describe('apportion', () => {
  it('splits a total into integer shares that add up exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [3, 1])).toEqual([5, 2]);
    expect(apportion(0, [2, 5])).toEqual([0, 0]);
    expect(apportion(5, [0, 0])).toEqual([3, 2]);
  });

  it('rejects a negative or fractional total and an empty split', () => {
    expect(() => apportion(-1, [1])).toThrow(RangeError);
    expect(() => apportion(1.5, [1])).toThrow(RangeError);
    expect(() => apportion(3, [])).toThrow(RangeError);
  });
});

describe('generateSampleDataset on a small fixture', () => {
  const published = fixtureDataset();
  const sample = generateSampleDataset(published);

  it('spreads a national total over all offices when no office count was published', () => {
    const minors = synthetic(sample.observations, 'I', 'minor-victims');
    expect(minors.map((o) => o.place)).toEqual(['albany', 'chicago', 'dallas', 'el-paso', 'fresno']);
    expect(minors.reduce((sum, o) => sum + (o.value ?? 0), 0)).toBe(16);
    expect(officeSum(sample.observations, 'I', 'minor-victims')).toBe(21);
    expect(minors[0]?.note).toBe(
      'Synthetic: spread of the national total 21 (S1), less 5 published for 1 office, over 5 offices; not a published figure',
    );
  });

  it('uses the published number of participating offices, always including offices with figures', () => {
    const minors = synthetic(sample.observations, 'II', 'minor-victims');
    const places = minors.map((o) => o.place);
    // Four offices took part: Chicago and Dallas (both have published rows) plus two drawn ones.
    // Chicago published its minors, so the rest goes to Dallas and the two drawn offices.
    expect(places).toHaveLength(3);
    expect(places).toContain('dallas');
    expect(places).not.toContain('chicago');
    expect(officeSum(sample.observations, 'II', 'minor-victims')).toBe(47);
    const drawn = places.filter((p) => p !== 'dallas');
    const arrests = synthetic(sample.observations, 'II', 'total-arrests');
    // Dallas published "not reported" for arrests: that row stays and no synthetic row is added beside it.
    expect(arrests.map((o) => o.place).sort()).toEqual(['chicago', ...drawn].sort());
    expect(arrests.reduce((sum, o) => sum + (o.value ?? 0), 0)).toBe(200);
  });

  it('says in the note when the national total is approximate or a lower bound', () => {
    expect(synthetic(sample.observations, 'I', 'total-arrests')[0]?.note).toBe(
      'Synthetic: spread of the national total 700 (S1, S3) over 6 offices; the national total is approximate ' +
        '(published as about 700), so this spread is too; not a published figure',
    );
    expect(synthetic(sample.observations, 'II', 'total-arrests')[0]?.note).toContain(
      'the national total is a lower bound (published as more than 200)',
    );
  });

  it('generates nothing for scale metrics, not-reported totals, metrics without a total, or an exceeded total', () => {
    const generatedMetrics = new Set(
      sample.observations.filter((o) => o.origin === 'synthetic').map((o) => `${o.editionId} ${o.metricId}`),
    );
    expect([...generatedMetrics].sort()).toEqual(['I minor-victims', 'I total-arrests', 'II minor-victims', 'II total-arrests']);
    expect(sample.manifest.description).toContain(
      'Not spread: III minor-victims (published office figures 30 exceed the national total 25).',
    );
  });

  it('keeps every published row and table unchanged', () => {
    expect(sample.observations.slice(0, published.observations.length)).toEqual(published.observations);
    expect(sample.editions).toEqual(published.editions);
    expect(sample.gaps).toEqual(published.gaps);
    expect(sample.offices).toEqual(published.offices);
    expect(sample.metrics).toEqual(published.metrics);
    expect(sample.sources).toEqual(published.sources);
    expect(published.observations).toHaveLength(15);
  });

  it('marks generated rows as synthetic integers without sources', () => {
    const generated = sample.observations.slice(published.observations.length);
    expect(generated.length).toBe(5 + 6 + 3 + 3);
    for (const o of generated) {
      expect(o.origin).toBe('synthetic');
      expect(o.sourceIds).toEqual([]);
      expect(o.qualifier).toBeNull();
      expect(Number.isInteger(o.value)).toBe(true);
      expect(o.value).toBeGreaterThanOrEqual(0);
      expect(OFFICE_IDS).toContain(o.place);
    }
  });

  it('describes itself as a sample', () => {
    expect(sample.manifest).toMatchObject({
      id: 'sample',
      kind: 'sample',
      title: 'Sample data — synthetic office detail',
      version: '1.2.0-sample.1',
      asOf: '2026-01-15',
    });
    expect(sample.manifest.description).toMatch(/^Generated sample data, not real figures\./);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    expect(generateSampleDataset(fixtureDataset())).toEqual(sample);
    expect(generateSampleDataset(fixtureDataset(), { seed: 7 })).toEqual(generateSampleDataset(fixtureDataset(), { seed: 7 }));
    expect(generateSampleDataset(fixtureDataset(), { seed: 7 }).observations).not.toEqual(sample.observations);
  });
});
