/**
 * The trends' legend, on the page and in the export: the value states drawn, the focus edition's
 * tinted column (when it is on the axis) and the wording-change marker (when one is drawn).
 */
import { stateLegendEntries } from '../../charts/legend';
import type { LegendEntry } from '../../charts/legend';
import { FOCUS_FILL, FOCUS_OPACITY, INK, NATION_COLOUR } from '../../charts/theme';
import { editionName } from '../../domain/format';
import type { TrendsView } from '../../domain/trends-view';
import { legendStates } from '../../domain/value-state';

export function focusOnAxis(view: TrendsView): boolean {
  const focusId = view.focus?.id;
  return focusId !== undefined && view.national.series.points.some((p) => p.edition.id === focusId);
}

export function trendsLegend(view: TrendsView): LegendEntry[] {
  const series = [view.national, ...view.offices].map((item) => item.series);
  const entries = stateLegendEntries(legendStates(series.flatMap((s) => s.points.map((p) => p.state))), NATION_COLOUR);
  if (view.focus && focusOnAxis(view)) {
    entries.push({
      label: `Tinted column: the focus edition, ${editionName(view.focus)}`,
      shape: 'rect',
      encoding: { fill: FOCUS_FILL, fillOpacity: FOCUS_OPACITY, stroke: 'none', strokeWidth: 0 },
    });
  }
  if (view.breakNotes.length > 0) {
    entries.push({
      label: 'Release wording changed: values either side are not comparable (numbered notes under the chart)',
      shape: 'line',
      encoding: { fill: 'none', fillOpacity: 0, stroke: INK, strokeWidth: 1.5, strokeDasharray: '5 3' },
    });
  }
  return entries;
}
