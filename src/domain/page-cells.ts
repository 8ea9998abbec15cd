/**
 * The cells the page shows for a View, for release mode's page notice: the headline cards and their
 * sparklines (national, every edition), the selected offices beside them, the trends (the nation and
 * the selected offices across the years shown), the map (every office, focus edition), the offices
 * table (every office and the nation, each column) and the editions table (the nation, each edition
 * in range). So the page says what it withholds, as each export says what it does.
 */
import { NATIONAL } from '../data/types';
import { editionsInRange } from './editions';
import { HEADLINE_METRIC_IDS } from './headline';
import type { View } from './resolve-view';
import { cellKey } from './suppression';
import type { CellRef } from './suppression';
import { axisEditions, axisYears } from './time-axis';

export function pageCells(view: View): CellRef[] {
  const { index, focus, metric, columns } = view;
  const cells = new Map<string, CellRef>();
  const add = (editionId: string, place: string, metricId: string): void => {
    cells.set(cellKey(editionId, place, metricId), { editionId, place, metricId });
  };
  for (const edition of index.editions) for (const metricId of HEADLINE_METRIC_IDS) add(edition.id, NATIONAL, metricId);
  for (const edition of axisEditions(axisYears(index, view.firstYear, view.lastYear))) {
    for (const place of [NATIONAL, ...view.offices.map((office) => office.id)]) add(edition.id, place, metric.id);
  }
  for (const edition of editionsInRange(index, view.request.from, view.request.to)) for (const column of columns) add(edition.id, NATIONAL, column.id);
  if (focus) {
    for (const place of [NATIONAL, ...index.dataset.offices.map((office) => office.id)]) for (const column of columns) add(focus.id, place, column.id);
  }
  return [...cells.values()];
}
