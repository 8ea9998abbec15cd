/**
 * The summary image's legend: what the sparklines' marks mean. The bars use the trends' value-state
 * encodings; a sparkline has no room for the chart's gap labels and notes, so the bands, the
 * wording-change rule and the focus tick are named here, and only those that are drawn.
 */
import { stateLegendEntries } from '../../charts/legend';
import type { LegendEntry } from '../../charts/legend';
import { FOCUS_FILL, GAP_FILL, INK, NATION_COLOUR } from '../../charts/theme';
import type { Edition } from '../../data/types';
import { editionName } from '../../domain/format';
import type { HeadlineCard } from '../../domain/headline';
import { GAP_LABEL } from '../../domain/time-axis';
import type { AxisYear } from '../../domain/time-axis';
import { legendStates } from '../../domain/value-state';

export function summaryLegend(cards: readonly HeadlineCard[], years: readonly AxisYear[], focus: Edition): LegendEntry[] {
  const points = cards.flatMap((card) => card.trend.points);
  const entries = stateLegendEntries(legendStates(points.map((point) => point.state)), NATION_COLOUR);
  const gapKinds = [...new Set(years.flatMap((year) => (year.gap === null ? [] : [year.gap])))];
  // One entry for every kind of gap: a sparkline shades them all alike (the trends chart labels them).
  if (gapKinds.length > 0) {
    const label = `Shaded year: ${gapKinds.map((kind) => GAP_LABEL[kind]).join(' or ')}`;
    entries.push({ label, shape: 'rect', encoding: { fill: GAP_FILL, fillOpacity: 1, stroke: 'none', strokeWidth: 0 } });
  }
  if (cards.some((card) => card.trend.breaks.length > 0)) {
    entries.push({
      label: 'Dashed rule: the release wording changed, values either side are not comparable',
      shape: 'line',
      encoding: { fill: 'none', fillOpacity: 0, stroke: INK, strokeWidth: 1, strokeDasharray: '2 2' },
    });
  }
  entries.push({
    label: `Tick under a bar: the focus edition, ${editionName(focus)}`,
    shape: 'line',
    encoding: { fill: 'none', fillOpacity: 0, stroke: INK, strokeWidth: 3 },
  });
  if (cards.some((card) => card.selected)) {
    entries.push({
      label: 'Outlined card: the metric chosen',
      shape: 'rect',
      encoding: { fill: 'none', fillOpacity: 0, stroke: FOCUS_FILL, strokeWidth: 2 },
    });
  }
  return entries;
}
