import { NATIONAL } from '../data/types';
import type { Edition } from '../data/types';
import type { DatasetIndex } from './dataset-index';

/** True when the edition has at least one reported national outcome figure. */
export function hasResults(index: DatasetIndex, edition: Edition): boolean {
  return index.dataset.observations.some(
    (o) =>
      o.editionId === edition.id &&
      o.place === NATIONAL &&
      o.value !== null &&
      index.metricById.get(o.metricId)?.kind === 'outcome',
  );
}

/** The default focus edition: the latest one that published results (OCC XIII, 2023, today). */
export function latestEditionWithResults(index: DatasetIndex): Edition | undefined {
  return index.editions.findLast((edition) => hasResults(index, edition));
}

/** The focus edition the filters ask for, or the default when they ask for none. */
export function focusEdition(index: DatasetIndex, editionId: string | null): Edition | undefined {
  if (editionId) {
    const chosen = index.editionById.get(editionId);
    if (chosen) return chosen;
  }
  return latestEditionWithResults(index);
}

/** Editions whose year lies inside the chosen range (null bounds = the dataset's full range). */
export function editionsInRange(index: DatasetIndex, from: number | null, to: number | null): Edition[] {
  const [first, last] = index.yearRange;
  const lo = from ?? first;
  const hi = to ?? last;
  return index.editions.filter((e) => e.year >= lo && e.year <= hi);
}
