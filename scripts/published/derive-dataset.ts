/**
 * The published dataset, derived from the compiled OCC figures in scripts/published-source.
 * Pure: text in, Dataset out, no file system and no clock, so the package can be re-derived in a test
 * and compared byte for byte with the committed one.
 */
import { resourcesFor } from '../../src/data/package-write';
import type { Dataset, Edition, Manifest, Observation, Source, Wording } from '../../src/data/types';
import { NATIONAL } from '../../src/data/types';
import { readSourceTable } from './csv-table';
import { deriveEditions, deriveGaps, deriveOffices } from './editions-and-offices';
import { METRIC_IDS, METRICS } from './metric-catalogue';
import { deriveNationalObservations, deriveOfficeObservations } from './observations';
import { parseSourcesTable } from './sources-table';
import { wordingFor } from './wording-ledger';

/** The four compiled source files, as text. */
export interface PublishedSourceText {
  /** occ-national.csv */
  national: string;
  /** occ-field-office-reported.csv */
  officeReported: string;
  /** field-offices.csv */
  offices: string;
  /** SOURCES.md */
  sourcesMd: string;
}

export function publishedManifest(asOf: string): Manifest {
  return {
    id: 'published',
    kind: 'published',
    title: 'Operation Cross Country — published results',
    version: '1.0.0',
    asOf,
    description:
      "Results of the FBI's Operation Cross Country as published by the FBI and reported in the press: 13 editions from 2008 to 2023, national figures and the field-office figures that were released, each value with its sources, any qualifier (at least, approximately) and the wording of its release. Years without an edition are listed as gaps. A blank or absent value means the figure was not reported; it is never zero.",
    resources: resourcesFor(),
  };
}

const bySourceNumber = (a: string, b: string): number => Number(a.slice(1)) - Number(b.slice(1));

/** One ledger row per (edition, metric) that has any value, national or office. */
function deriveWording(editions: readonly Edition[], observations: readonly Observation[]): Wording[] {
  const wording: Wording[] = [];
  for (const edition of editions) {
    for (const metricId of METRIC_IDS) {
      const values = observations.filter((o) => o.editionId === edition.id && o.metricId === metricId);
      if (values.length === 0) continue;
      const entry = wordingFor(metricId, edition.id);
      if (entry === undefined) throw new Error(`wording ledger: no entry for ${edition.id} ${metricId}`);
      // The release behind the national figure worded it; office-only metrics take the office sources.
      const national = values.find((o) => o.place === NATIONAL);
      const sourceIds = national
        ? national.sourceIds
        : [...new Set(values.flatMap((o) => o.sourceIds))].sort(bySourceNumber);
      wording.push({
        editionId: edition.id,
        metricId,
        wording: entry.wording,
        comparabilityGroup: entry.group,
        sourceIds,
      });
    }
  }
  return wording;
}

function assertSourcesExist(dataset: Omit<Dataset, 'manifest'>, sources: readonly Source[]): void {
  const known = new Set(sources.map((s) => s.id));
  const cited = [
    ...dataset.editions.flatMap((e) => e.sourceIds),
    ...dataset.gaps.flatMap((g) => g.sourceIds),
    ...dataset.wording.flatMap((w) => w.sourceIds),
    ...dataset.observations.flatMap((o) => o.sourceIds),
  ];
  const missing = cited.filter((id) => !known.has(id));
  if (missing.length > 0) throw new Error(`unknown source ids: ${[...new Set(missing)].join(', ')}`);
}

export function derivePublishedDataset(raw: PublishedSourceText, asOf: string): Dataset {
  const national = readSourceTable(raw.national, 'occ-national.csv');
  const offices = deriveOffices(readSourceTable(raw.offices, 'field-offices.csv'));
  const editions = deriveEditions(national);
  const observations = [
    ...deriveNationalObservations(national),
    ...deriveOfficeObservations(
      readSourceTable(raw.officeReported, 'occ-field-office-reported.csv'),
      editions,
      new Set(offices.map((o) => o.id)),
    ),
  ];
  const sources = parseSourcesTable(raw.sourcesMd);
  const tables = {
    editions,
    gaps: deriveGaps(national),
    offices,
    metrics: METRICS,
    wording: deriveWording(editions, observations),
    observations,
    sources,
  };
  assertSourcesExist(tables, sources);
  return { manifest: publishedManifest(asOf), ...tables };
}
