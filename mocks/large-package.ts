/**
 * The "large" scenario: the sample package plus some 24,000 extra synthetic observations, to test
 * loading and rendering at scale. The extra rows belong to extra synthetic metrics (with their own
 * metrics and wording rows), so every real figure and every sample value stays exactly as it was.
 */
import { writePackage } from '../src/data/package-write';
import type { Dataset, Metric, Observation, Wording } from '../src/data/types';
import { NATIONAL } from '../src/data/types';
import type { PackageFiles } from './packages';
import { deriveSeed, mulberry32 } from './sample/prng';
import { loadValidPackage } from './sample/sample-package';

/** About 24k rows whatever the number of editions: enough to show any quadratic step. */
const TARGET_EXTRA_ROWS = 24_000;
const LARGE_SEED = 424242;

const pad = (n: number): string => String(n).padStart(2, '0');

function loadTestMetrics(count: number): Metric[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `load-test-${pad(index + 1)}`,
    label: `Load-test metric ${pad(index + 1)}`,
    shortLabel: `Load ${pad(index + 1)}`,
    kind: 'outcome' as const,
    description: 'Synthetic metric added by the "large" mock scenario to test loading and rendering at scale.',
  }));
}

export function withLoadTestRows(sample: Dataset): Dataset {
  const placesPerEdition = sample.offices.length + 1;
  const metricCount = Math.ceil(TARGET_EXTRA_ROWS / Math.max(1, sample.editions.length * placesPerEdition));
  const metrics = loadTestMetrics(metricCount);
  const random = mulberry32(deriveSeed(LARGE_SEED, 'large'));
  const wording: Wording[] = [];
  const observations: Observation[] = [];
  const row = (editionId: string, place: string, metricId: string, value: number): Observation => ({
    editionId,
    place,
    metricId,
    value,
    qualifier: null,
    origin: 'synthetic',
    sourceIds: [],
    note: 'Synthetic load-test figure; not a published figure',
  });

  for (const metric of metrics) {
    for (const edition of sample.editions) {
      wording.push({
        editionId: edition.id,
        metricId: metric.id,
        wording: `${metric.label} (synthetic)`,
        comparabilityGroup: metric.id,
        sourceIds: [],
      });
      // Office values first, then a national total that is their exact sum, as in the sample.
      const officeValues = sample.offices.map((office) => row(edition.id, office.id, metric.id, Math.floor(40 * random() ** 2)));
      const total = officeValues.reduce((sum, o) => sum + (o.value ?? 0), 0);
      observations.push(row(edition.id, NATIONAL, metric.id, total), ...officeValues);
    }
  }

  return {
    ...sample,
    manifest: {
      ...sample.manifest,
      title: `${sample.manifest.title} (large)`,
      description: `${sample.manifest.description} Load-test scenario: ${observations.length} more synthetic rows in ${metricCount} synthetic metrics.`,
    },
    metrics: [...sample.metrics, ...metrics],
    wording: [...sample.wording, ...wording],
    observations: [...sample.observations, ...observations],
  };
}

export function largePackage(sampleFiles: PackageFiles): PackageFiles {
  return writePackage(withLoadTestRows(loadValidPackage({ ...sampleFiles }, 'sample')));
}
