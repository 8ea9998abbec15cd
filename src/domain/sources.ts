import type { Source } from '../data/types';
import type { DatasetIndex } from './dataset-index';

/** The sources behind a value, in the order the value lists them; unknown ids are skipped. */
export function sourcesByIds(index: DatasetIndex, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => {
    const source = index.sourceById.get(id);
    return source ? [source] : [];
  });
}
