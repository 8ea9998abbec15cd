// @vitest-environment node
/** The committed published package: manifest, editions, gaps, offices and sources. */
import { describe, expect, it } from 'vitest';
import { loadCommittedDataset } from './committed-package';

const dataset = loadCommittedDataset();

describe('published package: manifest', () => {
  it('identifies itself as the published dataset compiled on 2026-11-28', () => {
    expect(dataset.manifest).toMatchObject({
      id: 'published',
      kind: 'published',
      title: 'Operation Cross Country — published results',
      version: '1.0.0',
      asOf: '2026-11-28',
    });
    expect(dataset.manifest.description).toMatch(/not reported/);
  });
});

describe('published package: editions and gaps', () => {
  it('has the 13 editions I…XIII numbered 1…13', () => {
    expect(dataset.editions.map((e) => e.id)).toEqual([
      'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII',
    ]);
    expect(dataset.editions.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('has two editions in 2008 (I, II) and two in 2009 (III, IV)', () => {
    const inYear = (year: number): string[] => dataset.editions.filter((e) => e.year === year).map((e) => e.id);
    expect(inYear(2008)).toEqual(['I', 'II']);
    expect(inYear(2009)).toEqual(['III', 'IV']);
  });

  it('keeps published dates and leaves unpublished ones empty', () => {
    const edition = (id: string) => dataset.editions.find((e) => e.id === id);
    expect(edition('I')).toMatchObject({ startDate: '2008-06-18', endDate: '2008-06-22', announcedDate: '2008-06-25' });
    expect(edition('XII')).toMatchObject({ startDate: '2022-08-04', endDate: '2022-08-14', announcedDate: '2022-08-15' });
    expect(edition('VI')).toMatchObject({ startDate: null, endDate: null, announcedDate: '2012-06-25' });
  });

  it('marks 2011 and 2018–2021 as no operation and 2024–2025 as no results published', () => {
    expect(dataset.gaps.map((g) => [g.year, g.kind])).toEqual([
      [2011, 'no-operation'],
      [2018, 'no-operation'],
      [2019, 'no-operation'],
      [2020, 'no-operation'],
      [2021, 'no-operation'],
      [2024, 'no-results-published'],
      [2025, 'no-results-published'],
    ]);
    expect(dataset.gaps.find((g) => g.year === 2019)?.sourceIds).toEqual(['S51', 'S52']);
  });

  it('has no edition in a gap year', () => {
    const gapYears = new Set(dataset.gaps.map((g) => g.year));
    expect(dataset.editions.filter((e) => gapYears.has(e.year))).toEqual([]);
  });
});

describe('published package: offices', () => {
  it('lists the 56 field offices, including San Juan, Anchorage and Honolulu', () => {
    expect(dataset.offices).toHaveLength(56);
    const ids = dataset.offices.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining(['san-juan', 'anchorage', 'honolulu']));
    expect(new Set(ids).size).toBe(56);
  });

  it('keeps coordinates and territories', () => {
    expect(dataset.offices.find((o) => o.id === 'san-juan')).toEqual({
      id: 'san-juan',
      name: 'FBI San Juan',
      city: 'San Juan',
      state: 'PR',
      lat: 18.4655,
      lon: -66.1057,
      territoryStates: ['PR', 'VI'],
    });
    expect(dataset.offices.find((o) => o.id === 'honolulu')?.territoryStates).toEqual(['HI', 'GU', 'MP', 'AS']);
  });
});

describe('published package: sources', () => {
  it('has all 74 sources S1…S74 in order', () => {
    expect(dataset.sources.map((s) => s.id)).toEqual(Array.from({ length: 74 }, (_, i) => `S${i + 1}`));
  });

  it('gives S71 and S72 no URL but keeps their description', () => {
    for (const id of ['S71', 'S72']) {
      const source = dataset.sources.find((s) => s.id === id);
      expect(source?.url).toBe('');
      expect(source?.summary).toMatch(/^A public GitHub repository file \(.*repository name not recorded\)\./);
    }
  });

  it('keeps a date remark in the summary rather than in the date', () => {
    const s60 = dataset.sources.find((s) => s.id === 'S60');
    expect(s60?.date).toBe('2025-05-23');
    expect(s60?.summary).toMatch(/Date: repost date\.$/);
    expect(dataset.sources.find((s) => s.id === 'S69')?.date).toBe('');
  });

  it('refers only to sources that exist', () => {
    const known = new Set(dataset.sources.map((s) => s.id));
    const cited = [
      ...dataset.editions.flatMap((e) => e.sourceIds),
      ...dataset.gaps.flatMap((g) => g.sourceIds),
      ...dataset.wording.flatMap((w) => w.sourceIds),
      ...dataset.observations.flatMap((o) => o.sourceIds),
    ];
    expect(cited.length).toBeGreaterThan(300);
    expect(cited.filter((id) => !known.has(id))).toEqual([]);
  });
});
