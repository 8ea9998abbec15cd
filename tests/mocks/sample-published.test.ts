/** The sample generator against the real published package (public/data/published). */
import { describe, expect, it } from 'vitest';
import { publishedFiles } from '../../mocks/published-files';
import { generateSampleDataset } from '../../mocks/sample/generate-sample';
import { loadValidPackage } from '../../mocks/sample/sample-package';
import { loadPackageFromFiles } from '../../src/data/load-package';
import { writePackage } from '../../src/data/package-write';
import type { Observation } from '../../src/data/types';

const published = loadValidPackage({ ...publishedFiles }, 'published');
const sample = generateSampleDataset(published);
const outcomeIds = published.metrics.filter((m) => m.kind === 'outcome').map((m) => m.id);
const nationalTotals = published.observations.filter(
  (o): o is Observation & { value: number } =>
    o.place === 'national' && o.value !== null && outcomeIds.includes(o.metricId),
);
const officeRows = (observations: Observation[], editionId: string, metricId: string): Observation[] =>
  observations.filter((o) => o.editionId === editionId && o.metricId === metricId && o.place !== 'national');
const generated = sample.observations.slice(published.observations.length);

describe('the sample of the published package', () => {
  it('has outcome metrics with national totals to spread', () => {
    // Guards the loops below against passing vacuously on an emptied package.
    expect(published.editions).toHaveLength(13);
    expect(published.offices).toHaveLength(56);
    expect(nationalTotals.length).toBeGreaterThanOrEqual(30);
  });

  it('makes office values add up exactly to every national total of an outcome metric', () => {
    for (const national of nationalTotals) {
      const rows = officeRows(sample.observations, national.editionId, national.metricId);
      const sum = rows.reduce((total, o) => total + (o.value ?? 0), 0);
      expect({ cell: `${national.editionId} ${national.metricId}`, sum }).toEqual({
        cell: `${national.editionId} ${national.metricId}`,
        sum: national.value,
      });
    }
    expect(sample.manifest.description).not.toContain('Not spread');
  });

  it('keeps every published row exactly as it was, first and in order', () => {
    expect(sample.observations.slice(0, published.observations.length)).toEqual(published.observations);
    const publishedOffice = published.observations.filter((o) => o.place !== 'national');
    expect(publishedOffice.length).toBeGreaterThan(100);
    for (const row of generated) {
      const clash = publishedOffice.some(
        (o) => o.editionId === row.editionId && o.metricId === row.metricId && o.place === row.place,
      );
      expect(clash).toBe(false);
    }
  });

  it('carries every other published table over unchanged', () => {
    expect(sample.editions).toEqual(published.editions);
    expect(sample.gaps).toEqual(published.gaps);
    expect(sample.offices).toEqual(published.offices);
    expect(sample.metrics).toEqual(published.metrics);
    expect(sample.wording).toEqual(published.wording);
    expect(sample.sources).toEqual(published.sources);
  });

  it('generates only synthetic office-level integers without sources, for outcome metrics with a total', () => {
    expect(generated.length).toBeGreaterThan(1000);
    for (const row of generated) {
      expect(row.origin).toBe('synthetic');
      expect(row.sourceIds).toEqual([]);
      expect(row.place).not.toBe('national');
      expect(Number.isInteger(row.value)).toBe(true);
      expect(row.value ?? -1).toBeGreaterThanOrEqual(0);
      expect(row.note).toMatch(/^Synthetic: spread of the national total \d+ .*; not a published figure$/);
      expect(nationalTotals.some((n) => n.editionId === row.editionId && n.metricId === row.metricId)).toBe(true);
    }
  });

  it('puts as many offices in an edition as the published field-offices count says', () => {
    const counts = published.observations.filter(
      (o) => o.place === 'national' && o.metricId === 'field-offices' && o.value !== null,
    );
    expect(counts.map((o) => `${o.editionId}=${o.value}`).sort()).toEqual(['VII=47', 'VIII=54', 'XI=55']);
    for (const edition of published.editions) {
      const count = counts.find((o) => o.editionId === edition.id)?.value ?? 56;
      const places = new Set(sample.observations.filter((o) => o.editionId === edition.id && o.place !== 'national').map((o) => o.place));
      if (generated.some((o) => o.editionId === edition.id)) expect({ edition: edition.id, offices: places.size }).toEqual({ edition: edition.id, offices: count });
    }
  });

  it('says in the note when a national total is approximate or a lower bound', () => {
    const arrestsIV = officeRows(generated, 'IV', 'total-arrests');
    expect(arrestsIV).toHaveLength(56);
    expect(arrestsIV[0]?.note).toContain('the national total is approximate (published as about 700)');
    const victimsXIII = officeRows(generated, 'XIII', 'total-victims');
    expect(victimsXIII[0]?.note).toContain('the national total is a lower bound (published as more than 200)');
  });

  it('is the same for the same seed and different for another', () => {
    expect(generateSampleDataset(published)).toEqual(sample);
    const other = generateSampleDataset(published, { seed: 1 });
    expect(other.observations).toHaveLength(sample.observations.length);
    expect(other.observations).not.toEqual(sample.observations);
  });

  it('writes a package that the loader accepts and reads back identically', () => {
    const result = loadPackageFromFiles(writePackage(sample));
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (result.ok) {
      expect(result.dataset).toEqual(sample);
      expect(result.dataset.manifest).toMatchObject({ id: 'sample', kind: 'sample', version: `${published.manifest.version}-sample.1` });
    }
  });
});
