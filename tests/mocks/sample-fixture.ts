/** A tiny hand-made Dataset for the sample generator: six offices, three editions, a few figures. */
import { resourcesFor } from '../../src/data/package-write';
import type { Dataset, Observation } from '../../src/data/types';

const national = (
  editionId: string,
  metricId: string,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation => ({
  editionId,
  place: 'national',
  metricId,
  value,
  qualifier: null,
  origin: 'published',
  sourceIds: ['S1'],
  note: '',
  ...extra,
});

const office = (editionId: string, place: string, metricId: string, value: number | null): Observation => ({
  editionId,
  place,
  metricId,
  value,
  qualifier: null,
  origin: 'published',
  sourceIds: ['S2'],
  note: 'office release',
});

export const OFFICE_IDS = ['albany', 'boston', 'chicago', 'dallas', 'el-paso', 'fresno'] as const;

export function fixtureDataset(): Dataset {
  return {
    manifest: {
      id: 'published',
      title: 'Fixture',
      kind: 'published',
      version: '1.2.0',
      asOf: '2026-01-15',
      description: 'Fixture',
      resources: resourcesFor(),
    },
    editions: ['I', 'II', 'III'].map((id, index) => ({
      id,
      number: index + 1,
      year: 2008 + index,
      startDate: null,
      endDate: null,
      announcedDate: null,
      sourceIds: ['S1'],
      note: '',
    })),
    gaps: [{ year: 2011, kind: 'no-operation', sourceIds: ['S1'], note: 'No edition' }],
    offices: OFFICE_IDS.map((id, index) => ({
      id,
      name: `FBI ${id}`,
      city: id,
      state: 'XX',
      lat: 30 + index,
      lon: -100 + index,
      territoryStates: ['XX'],
    })),
    metrics: [
      { id: 'minor-victims', label: 'Minor victims', shortLabel: 'Minors', kind: 'outcome', description: '' },
      { id: 'traffickers', label: 'Traffickers', shortLabel: 'Traffickers', kind: 'outcome', description: '' },
      { id: 'total-arrests', label: 'Total arrests', shortLabel: 'Arrests', kind: 'outcome', description: '' },
      { id: 'other-arrests', label: 'Other arrests', shortLabel: 'Other', kind: 'outcome', description: '' },
      { id: 'field-offices', label: 'Field offices', shortLabel: 'Offices', kind: 'scale', description: '' },
      { id: 'cities', label: 'Cities', shortLabel: 'Cities', kind: 'scale', description: '' },
    ],
    wording: [],
    observations: [
      // I: every office takes part; Boston published 5 of the 21 minors.
      national('I', 'minor-victims', 21),
      national('I', 'total-arrests', 700, { qualifier: 'approximately', sourceIds: ['S1', 'S3'] }),
      national('I', 'cities', 16),
      office('I', 'boston', 'minor-victims', 5),
      office('I', 'boston', 'other-arrests', 8),
      // II: four offices took part, Chicago (published, including a "not reported") among them.
      national('II', 'minor-victims', 47),
      national('II', 'traffickers', null),
      national('II', 'field-offices', 4),
      national('II', 'total-arrests', 200, { qualifier: 'at-least' }),
      office('II', 'chicago', 'minor-victims', 7),
      office('II', 'chicago', 'traffickers', 3),
      office('II', 'dallas', 'total-arrests', null),
      // III: published office figures (30) exceed the national total (25).
      national('III', 'minor-victims', 25),
      office('III', 'albany', 'minor-victims', 20),
      office('III', 'el-paso', 'minor-victims', 10),
    ],
    sources: ['S1', 'S2', 'S3'].map((id) => ({ id, outlet: 'Outlet', date: '2008', url: '', summary: '' })),
  };
}
