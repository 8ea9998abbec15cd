import type { DatasetIndex } from './dataset-index';
import type { Edition, Source } from '../data/types';
import { compareIds } from './text-order';

/** The sources behind a value, in the order the value lists them; unknown ids are skipped. */
export function sourcesByIds(index: DatasetIndex, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => {
    const source = index.sourceById.get(id);
    return source ? [source] : [];
  });
}

/** Source ids in number order (S1, S2, … S74), then as text for ids without a number. */
export function compareSourceIds(a: string, b: string): number {
  const byNumber = (id: string): number => Number(id.replace(/\D+/g, '')) || 0;
  return byNumber(a) - byNumber(b) || compareIds(a, b);
}

/** Every source behind an edition: its own record and each of its values, in id order (S1, S2, … S74). */
export function editionSources(index: DatasetIndex, edition: Edition): Source[] {
  const ids = new Set(edition.sourceIds);
  for (const observation of index.dataset.observations) {
    if (observation.editionId === edition.id) observation.sourceIds.forEach((id) => ids.add(id));
  }
  return sourcesByIds(index, [...ids].sort(compareSourceIds));
}
