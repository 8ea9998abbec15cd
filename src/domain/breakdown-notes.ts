/**
 * The caveats that go with the breakdown tables, on screen and in every download. A table sorted by
 * a count invites a ranking; these say what the ranking does not mean.
 */
import type { Metric } from '../data/types';

export function officesSortCaveat(metric: Metric): string {
  return (
    `Sorted by ${metric.shortLabel.toLowerCase()}: office counts reflect each office’s participation ` +
    'and resources in a short operation, not how common child sex trafficking is in its area.'
  );
}

export function editionsSortCaveat(metric: Metric): string {
  return (
    `Sorted by ${metric.shortLabel.toLowerCase()}: editions differ in length, scope, participating ` +
    'offices and release wording, so a ranking of editions is not a trend in prevalence.'
  );
}

export const SAMPLE_DATA_NOTE =
  'SAMPLE DATA: values whose state is "synthetic" are generated for demonstration, not published results.';
