import type { DatasetIndex } from './dataset-index';
import type { Edition, Source } from '../data/types';

/** The sources behind a value, in the order the value lists them; unknown ids are skipped. */
export function sourcesByIds(index: DatasetIndex, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => {
    const source = index.sourceById.get(id);
    return source ? [source] : [];
  });
}

/** Every source behind an edition: its own record and each of its values, in id order (S1, S2, … S74). */
export function editionSources(index: DatasetIndex, edition: Edition): Source[] {
  const ids = new Set(edition.sourceIds);
  for (const observation of index.dataset.observations) {
    if (observation.editionId === edition.id) observation.sourceIds.forEach((id) => ids.add(id));
  }
  const byNumber = (id: string): number => Number(id.replace(/\D+/g, '')) || 0;
  return sourcesByIds(index, [...ids].sort((a, b) => byNumber(a) - byNumber(b) || a.localeCompare(b)));
}
