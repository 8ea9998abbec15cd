// @vitest-environment node
/** The committed published package: observations and the wording ledger. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv';
import type { Observation } from '../../src/data/types';
import { NATIONAL } from '../../src/data/types';
import { loadCommittedDataset, readSourceFile } from './committed-package';

const dataset = loadCommittedDataset();

const find = (editionId: string, place: string, metricId: string): Observation | undefined =>
  dataset.observations.find((o) => o.editionId === editionId && o.place === place && o.metricId === metricId);

describe('published package: national values', () => {
  it('XIII: 59 minor victims, sourced to WSAW (S62)', () => {
    const value = find('XIII', NATIONAL, 'minor-victims');
    expect(value?.value).toBe(59);
    expect(value?.qualifier).toBeNull();
    expect(value?.sourceIds).toContain('S62');
  });

  it('VIII: 168 minor victims and 281 traffickers, sourced to the Courier & Press (S28)', () => {
    expect(find('VIII', NATIONAL, 'minor-victims')).toMatchObject({ value: 168, sourceIds: ['S28'] });
    expect(find('VIII', NATIONAL, 'traffickers')).toMatchObject({ value: 281, sourceIds: ['S28'] });
  });

  it('XII: total victims stored as 200 with an at-least qualifier and a note on 84+141', () => {
    const value = find('XII', NATIONAL, 'total-victims');
    expect(value).toMatchObject({ value: 200, qualifier: 'at-least', origin: 'published' });
    expect(value?.note).toMatch(/84\+141=225 if no overlap/);
  });

  it('IV: total arrests 700, approximately', () => {
    expect(find('IV', NATIONAL, 'total-arrests')).toMatchObject({ value: 700, qualifier: 'approximately' });
  });

  it('a value that was not reported has no observation, never 0', () => {
    expect(find('XIII', NATIONAL, 'adult-victims')).toBeUndefined();
    expect(find('I', NATIONAL, 'traffickers')).toBeUndefined();
    expect(find('VI', NATIONAL, 'total-arrests')).toBeUndefined();
    expect(dataset.observations.filter((o) => o.value === null)).toEqual([]);
  });

  it('every value is published and names at least one source', () => {
    expect(dataset.observations.filter((o) => o.origin !== 'published')).toEqual([]);
    expect(dataset.observations.filter((o) => o.sourceIds.length === 0)).toEqual([]);
  });
});

describe('published package: office values', () => {
  it('VI (2012): 36 offices summing to 79 minor victims and 104 traffickers', () => {
    const vi = dataset.observations.filter((o) => o.editionId === 'VI' && o.place !== NATIONAL);
    const sum = (metricId: string): number =>
      vi.filter((o) => o.metricId === metricId).reduce((total, o) => total + (o.value ?? 0), 0);
    expect(new Set(vi.map((o) => o.place)).size).toBe(36);
    expect(sum('minor-victims')).toBe(79);
    expect(sum('traffickers')).toBe(104);
  });

  it('produces one observation per filled value cell of the 87 office rows', () => {
    const [header, ...rows] = parseCsv(readSourceFile('occ-field-office-reported.csv')).records;
    const valueColumns = ['minor_victims_recovered', 'adult_victims_identified', 'traffickers_arrested', 'other_arrests'];
    const indexes = valueColumns.map((column) => header?.fields.indexOf(column) ?? -1);
    const filledCells = rows.reduce(
      (count, row) => count + indexes.filter((i) => (row.fields[i] ?? '').trim() !== '').length,
      0,
    );
    expect(rows).toHaveLength(87);
    expect(indexes).not.toContain(-1);
    expect(filledCells).toBe(171);
    expect(dataset.observations.filter((o) => o.place !== NATIONAL)).toHaveLength(filledCells);
  });

  it('keeps published zeros as 0', () => {
    expect(find('VII', 'new-york', 'minor-victims')?.value).toBe(0);
    expect(find('VIII', 'boston', 'traffickers')?.value).toBe(0);
  });

  it('narrows Seattle 2010 to the FBI spokesperson (S14), not the sources that said 23', () => {
    expect(find('V', 'seattle', 'minor-victims')).toMatchObject({ value: 16, sourceIds: ['S14'] });
  });
});

describe('published package: wording ledger', () => {
  const group = (editionId: string, metricId: string): string | undefined =>
    dataset.wording.find((w) => w.editionId === editionId && w.metricId === metricId)?.comparabilityGroup;

  it('has a ledger entry for every (edition, metric) with a value', () => {
    const needed = new Set(dataset.observations.map((o) => `${o.editionId}|${o.metricId}`));
    const worded = new Set(dataset.wording.map((w) => `${w.editionId}|${w.metricId}`));
    expect([...needed].filter((key) => !worded.has(key))).toEqual([]);
    expect(worded.size).toBe(needed.size);
  });

  it('minor victims: one group for I–XI, another from XII', () => {
    const early = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI'].map((id) => group(id, 'minor-victims'));
    expect(new Set(early).size).toBe(1);
    expect(group('XII', 'minor-victims')).toBe(group('XIII', 'minor-victims'));
    expect(group('XII', 'minor-victims')).not.toBe(group('XI', 'minor-victims'));
  });

  it('traffickers: pimps to IX, "traffickers and associates" in X, traffickers in XI, suspects in XIII', () => {
    const pimps = ['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'].map((id) => group(id, 'traffickers'));
    expect(new Set(pimps).size).toBe(1);
    expect(group('X', 'traffickers')).not.toBe(group('IX', 'traffickers'));
    // X counted "traffickers and their associates", XI "traffickers" alone: a narrower count.
    expect(group('X', 'traffickers')).not.toBe(group('XI', 'traffickers'));
    expect(group('XIII', 'traffickers')).not.toBe(group('XI', 'traffickers'));
    expect(group('XIII', 'traffickers')).not.toBe(group('IX', 'traffickers'));
  });

  it('sets the 2012 agency count (operation plus ongoing efforts) apart', () => {
    expect(group('VI', 'agencies')).not.toBe(group('VII', 'agencies'));
    expect(group('II', 'agencies')).toBe(group('VII', 'agencies'));
  });
});
