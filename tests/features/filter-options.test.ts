// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain/dataset-index';
import {
  editionOptions,
  filterSummary,
  metricGroups,
  officeOptions,
  yearOptions,
} from '../../src/features/filters/filter-options';
import { loadCommittedDataset } from '../published/committed-package';
import { miniDataset } from '../fixtures/mini-dataset';

describe('filter options on the published dataset', () => {
  const index = indexDataset(loadCommittedDataset());

  it('offers every year 2008–2025 and names the gaps', () => {
    const years = yearOptions(index);
    expect(years).toHaveLength(18);
    expect(years[0]).toEqual({ value: '2008', label: '2008' });
    expect(years.find((y) => y.value === '2011')?.label).toBe('2011 (no operation)');
    expect(years.find((y) => y.value === '2024')?.label).toBe('2024 (no results published)');
  });

  it('offers the 13 editions and marks XIII as the latest with results', () => {
    const editions = editionOptions(index);
    expect(editions.map((e) => e.value)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII']);
    expect(editions.at(-1)?.label).toBe('OCC XIII · 2023 (latest with results)');
    expect(editions[0]?.label).toBe('OCC I · 2008');
  });

  it('groups outcome and scale metrics', () => {
    const groups = metricGroups(index);
    expect(groups.map((g) => g.label)).toEqual(['Outcomes', 'Scale of the operation']);
    expect(groups[0]?.options.map((o) => o.value)).toContain('minor-victims');
    expect(groups[1]?.options.map((o) => o.value)).toEqual(
      expect.arrayContaining(['cities', 'agencies', 'task-forces', 'field-offices']),
    );
  });

  it('lists the 56 offices by city, San Juan with its PR code', () => {
    const offices = officeOptions(index);
    expect(offices).toHaveLength(56);
    expect(offices[0]).toEqual({ id: 'albany', label: 'Albany', detail: 'NY' });
    expect(offices.find((o) => o.id === 'san-juan')).toEqual({ id: 'san-juan', label: 'San Juan', detail: 'PR' });
  });
});

describe('filter options without any results', () => {
  it('says there is no focus edition instead of showing edition I', () => {
    const dataset = { ...miniDataset(), observations: [] };
    expect(editionOptions(indexDataset(dataset))[0]).toEqual({ value: '', label: 'No edition with results' });
  });
});

describe('filterSummary: the folded filter bar in a few words', () => {
  it('names the dataset, metric, years, focus edition and offices', () => {
    expect(
      filterSummary({
        datasetTitle: 'Published results',
        metricLabel: 'Minor victims',
        years: [2008, 2025],
        focusId: 'XIII',
        officeNames: [],
      }),
    ).toBe('Published results · Minor victims · 2008–2025 · focus OCC XIII · no offices chosen');
  });

  it('lists up to two offices by name, then counts them; one year reads as one year', () => {
    const base = { datasetTitle: 'Sample', metricLabel: 'Traffickers', years: [2014, 2014] as [number, number], focusId: 'VIII' };
    expect(filterSummary({ ...base, officeNames: ['FBI Denver', 'FBI Miami'] })).toBe('Sample · Traffickers · 2014 · focus OCC VIII · FBI Denver, FBI Miami');
    expect(filterSummary({ ...base, officeNames: ['A', 'B', 'C'] })).toBe('Sample · Traffickers · 2014 · focus OCC VIII · 3 offices');
  });

  it('leaves out what is not known yet while the data load', () => {
    expect(filterSummary({ datasetTitle: undefined, metricLabel: undefined, years: undefined, focusId: undefined, officeNames: [] })).toBe(
      'no offices chosen',
    );
  });

  it('ends with release mode when it is on', () => {
    const base = { datasetTitle: 'Sample', metricLabel: 'Minor victims', years: [2008, 2025] as [number, number], focusId: 'XIII', officeNames: [] };
    expect(filterSummary({ ...base, releaseThreshold: 10 })).toBe('Sample · Minor victims · 2008–2025 · focus OCC XIII · no offices chosen · release mode <10');
    expect(filterSummary({ ...base, releaseThreshold: null })).toBe('Sample · Minor victims · 2008–2025 · focus OCC XIII · no offices chosen');
  });
});
