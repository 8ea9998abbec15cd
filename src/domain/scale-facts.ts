import { NATIONAL } from '../data/types';
import type { Edition, Source } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import { shownAt } from './shown-value';
import { sourcesByIds } from './sources';

export interface ScaleFact {
  metricId: string;
  label: string;
  display: string;
  sources: Source[];
}

/**
 * Cities, agencies, task forces and field offices that took part, where the release said: a bigger
 * operation is not a better result, and the reader needs the size to tell them apart.
 */
export function scaleFacts(index: DatasetIndex, edition: Edition): ScaleFact[] {
  return index.dataset.metrics
    .filter((metric) => metric.kind === 'scale')
    .flatMap((metric) => {
      const shown = shownAt(index, edition.id, NATIONAL, metric.id);
      if (shown.value === null) return [];
      return [{ metricId: metric.id, label: metric.shortLabel.toLowerCase(), display: shown.display, sources: sourcesByIds(index, shown.sourceIds) }];
    });
}
