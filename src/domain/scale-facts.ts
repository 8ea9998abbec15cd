import { NATIONAL } from '../data/types';
import type { Edition, Source } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import { formatObservation } from './format';
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
      const observation = index.observation(edition.id, NATIONAL, metric.id);
      if (!observation || observation.value === null) return [];
      return [
        {
          metricId: metric.id,
          label: metric.shortLabel.toLowerCase(),
          display: formatObservation(observation),
          sources: sourcesByIds(index, observation.sourceIds),
        },
      ];
    });
}
