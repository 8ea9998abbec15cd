/**
 * What the map's legend and notes say, on the page and in the export alike: the value states drawn,
 * the selection ring and the leader lines where they appear, the size key's caption, and the notes a
 * reader needs (bounds drawn at their bound, offices the map has no position for, missing outlines).
 */
import { stateLegendEntries } from '../../charts/legend';
import type { LegendEntry } from '../../charts/legend';
import { INK, INK_MUTED, NATION_COLOUR } from '../../charts/theme';
import type { OfficeMapModel } from '../../domain/office-map';

/** Every office shares one colour: the map compares sizes, and states differ by outline and fill. */
export const SYMBOL_COLOUR = NATION_COLOUR;

export function mapLegend(model: OfficeMapModel, shown: { selected: boolean; displaced: boolean }): LegendEntry[] {
  const entries = stateLegendEntries(model.states, SYMBOL_COLOUR, 'circle');
  if (shown.selected) {
    entries.push({ label: 'Ring: a selected office', shape: 'circle', encoding: { fill: 'none', fillOpacity: 0, stroke: INK, strokeWidth: 2.5 } });
  }
  if (shown.displaced) {
    entries.push({
      label: 'Line: to the city of an office moved aside so symbols stay apart',
      shape: 'line',
      encoding: { fill: 'none', fillOpacity: 0, stroke: INK_MUTED, strokeWidth: 1 },
    });
  }
  return entries;
}

/** The size key's caption, or why there is no size key. */
export function sizeKeyCaption(model: OfficeMapModel, sized: boolean): string {
  return sized
    ? `Circle area shows ${model.metric.shortLabel.toLowerCase()}`
    : 'No field office has a figure to size: every office is drawn as a marker.';
}

export function mapNotes(model: OfficeMapModel, drawn: { unplaced: readonly string[]; outlines: boolean }): string[] {
  return [
    ...(model.states.includes('approximate') ? ['Approximate values are drawn at their published bound (“200+” as 200).'] : []),
    ...(drawn.unplaced.length > 0 ? [`Not on the map (the map has no position recorded for them): ${drawn.unplaced.join(', ')}.`] : []),
    ...(drawn.outlines ? [] : ['The state outlines could not be loaded: offices are placed by the map’s projection, without them.']),
  ];
}
