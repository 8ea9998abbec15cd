/**
 * The sample dataset: the published package plus synthetic office detail.
 *
 * Most editions published only national totals, so an office-level view of the real data is nearly
 * empty. The sample spreads each national total of an outcome metric over the edition's participating
 * offices so that office values add up exactly to the national figure, keeps every office figure that
 * was actually published, and marks everything it makes up as `synthetic` with a note saying so.
 * Everything published (editions, gaps, offices, metrics, wording, sources, observations) is carried
 * over unchanged. Deterministic: the same seed gives the same dataset on every run.
 */
import type { Dataset, Manifest, Observation, Qualifier } from '../../src/data/types';
import { NATIONAL } from '../../src/data/types';
import { apportion } from './apportion';
import { chooseParticipants } from './participants';
import { deriveSeed, mulberry32, type Random } from './prng';

/** The first edition's announcement date (25 June 2008): any fixed number would do. */
export const DEFAULT_SAMPLE_SEED = 20080625;

export interface SampleOptions {
  seed?: number;
}

/** A cell (edition × metric) whose national total could not be spread, and why. */
interface SkippedCell {
  editionId: string;
  metricId: string;
  reason: string;
}

const key = (editionId: string, metricId: string): string => `${editionId}\u0000${metricId}`;

/**
 * A per-office size factor shared by every edition and metric, so that a large office tends to be
 * large everywhere (as real offices are), squared to give a few big offices and many small ones.
 */
function officeSizes(officeIds: readonly string[], random: Random): Map<string, number> {
  return new Map(officeIds.map((id) => [id, 0.15 + 3 * random() ** 2]));
}

function qualifierClause(value: number, qualifier: Qualifier | null): string {
  if (qualifier === 'approximately') {
    return `; the national total is approximate (published as about ${value}), so this spread is too`;
  }
  if (qualifier === 'at-least') {
    return `; the national total is a lower bound (published as more than ${value}) and the spread uses the bound`;
  }
  return '';
}

function syntheticNote(
  national: Observation & { value: number },
  officeCount: number,
  publishedSum: number,
  publishedCount: number,
): string {
  const sources = national.sourceIds.length > 0 ? ` (${national.sourceIds.join(', ')})` : '';
  const publishedPart =
    publishedCount > 0
      ? `, less ${publishedSum} published for ${publishedCount} ${publishedCount === 1 ? 'office' : 'offices'},`
      : '';
  const offices = `${officeCount} ${officeCount === 1 ? 'office' : 'offices'}`;
  return (
    `Synthetic: spread of the national total ${national.value}${sources}${publishedPart} over ${offices}` +
    `${qualifierClause(national.value, national.qualifier)}; not a published figure`
  );
}

function sampleManifest(published: Manifest, skipped: readonly SkippedCell[]): Manifest {
  const skippedText =
    skipped.length === 0
      ? ''
      : ` Not spread: ${skipped.map((s) => `${s.editionId} ${s.metricId} (${s.reason})`).join('; ')}.`;
  return {
    ...published,
    id: 'sample',
    kind: 'sample',
    title: 'Sample data — synthetic office detail',
    version: `${published.version}-sample.1`,
    asOf: published.asOf,
    description:
      'Generated sample data, not real figures. It contains every published figure unchanged, plus ' +
      'synthetic field-office values (origin "synthetic") made by spreading each published national ' +
      'total of an outcome metric over the offices taking part, so that office values add up exactly ' +
      'to the national figure. Office figures that were actually published are kept as they are. ' +
      'Synthetic values of different metrics are drawn independently, so relations between metrics ' +
      `(e.g. minor + adult = total victims) need not hold for one office.${skippedText}`,
    resources: published.resources.map((resource) => ({ ...resource })),
  };
}

export function generateSampleDataset(published: Dataset, options: SampleOptions = {}): Dataset {
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const participants = chooseParticipants(published, seed);
  const sizes = officeSizes(
    published.offices.map((office) => office.id),
    mulberry32(deriveSeed(seed, 'office-sizes')),
  );

  const officeCells = new Map<string, Observation[]>();
  const nationals = new Map<string, Observation>();
  for (const observation of published.observations) {
    const cell = key(observation.editionId, observation.metricId);
    if (observation.place === NATIONAL) {
      nationals.set(cell, observation);
    } else {
      officeCells.set(cell, [...(officeCells.get(cell) ?? []), observation]);
    }
  }

  // Only outcome metrics are spread. Scale metrics (field offices, task forces, cities, agencies)
  // describe the operation as a whole: "cities per office" has no meaning and they do not add up
  // across offices. Metrics without a national total (e.g. other arrests, published only by some
  // offices) have nothing to spread, and inventing a total would be inventing a figure.
  const outcomeMetrics = published.metrics.filter((metric) => metric.kind === 'outcome');
  const generated: Observation[] = [];
  const skipped: SkippedCell[] = [];

  for (const edition of published.editions) {
    const editionOffices = participants.get(edition.id) ?? [];
    for (const metric of outcomeMetrics) {
      const national = nationals.get(key(edition.id, metric.id));
      if (national?.value === undefined || national.value === null) continue;
      const nationalValue = national.value;
      const officeObservations = officeCells.get(key(edition.id, metric.id)) ?? [];
      // An office with any published row for this cell (even "not reported") keeps that row alone:
      // a synthetic row beside it would duplicate the key and overwrite what the source said.
      const taken = new Set(officeObservations.map((o) => o.place));
      const publishedSum = officeObservations.reduce((sum, o) => sum + (o.value ?? 0), 0);
      const publishedCount = officeObservations.filter((o) => o.value !== null).length;
      const remainder = nationalValue - publishedSum;
      const targets = editionOffices.filter((id) => !taken.has(id));

      if (remainder < 0) {
        // Sources disagree (the office figures exceed the national one). Both are kept as published;
        // adding synthetic values would only widen the gap, so this cell gets none.
        skipped.push({
          editionId: edition.id,
          metricId: metric.id,
          reason: `published office figures ${publishedSum} exceed the national total ${nationalValue}`,
        });
        continue;
      }
      if (targets.length === 0) {
        if (remainder > 0) {
          skipped.push({
            editionId: edition.id,
            metricId: metric.id,
            reason: `no participating office without a published figure to take the remaining ${remainder}`,
          });
        }
        continue;
      }

      const random = mulberry32(deriveSeed(seed, `cell:${edition.id}:${metric.id}`));
      const weights = targets.map((id) => (sizes.get(id) ?? 1) * (0.4 + 1.2 * random()));
      const values = apportion(remainder, weights);
      const note = syntheticNote({ ...national, value: nationalValue }, targets.length, publishedSum, publishedCount);
      targets.forEach((place, index) => {
        generated.push({
          editionId: edition.id,
          place,
          metricId: metric.id,
          value: values[index] ?? 0,
          qualifier: null,
          origin: 'synthetic',
          sourceIds: [],
          note,
        });
      });
    }
  }

  return {
    manifest: sampleManifest(published.manifest, skipped),
    editions: [...published.editions],
    gaps: [...published.gaps],
    offices: [...published.offices],
    metrics: [...published.metrics],
    wording: [...published.wording],
    observations: [...published.observations, ...generated],
    sources: [...published.sources],
  };
}
