/**
 * The sources of the figures a printed page shows (src/app/print-footer.tsx): the headline cards of
 * the focus edition, the national trend of the chosen metric over the chosen years, and the map's
 * office figures for the focus edition. A printed page cannot link, so it cites them.
 */
import { NATIONAL } from '../data/types';
import type { Source } from '../data/types';
import { editionsInRange } from './editions';
import { HEADLINE_METRIC_IDS } from './headline';
import type { View } from './resolve-view';
import { compareSourceIds, sourcesByIds } from './sources';

export function printedSources(view: View): Source[] {
  const { index, focus, metric } = view;
  const ids = new Set<string>();
  const add = (sourceIds: readonly string[] | undefined): void => sourceIds?.forEach((id) => ids.add(id));
  if (focus) {
    for (const metricId of HEADLINE_METRIC_IDS) add(index.observation(focus.id, NATIONAL, metricId)?.sourceIds);
    for (const office of index.dataset.offices) add(index.observation(focus.id, office.id, metric.id)?.sourceIds);
  }
  for (const edition of editionsInRange(index, view.firstYear, view.lastYear)) {
    add(index.observation(edition.id, NATIONAL, metric.id)?.sourceIds);
  }
  return sourcesByIds(index, [...ids].sort(compareSourceIds));
}
