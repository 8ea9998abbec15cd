/**
 * The encodings shared by every chart, the map and their exports, in the light scheme's colours from
 * the one palette (palette.ts). Values are SVG attribute values (not CSS classes) so an exported SVG,
 * which carries no stylesheet, looks like the screen; the page restyles them for the dark scheme.
 */
import type { ValueState } from '../domain/value-state';
import { LIGHT } from './palette';

export const CHART_FONT = "'Public Sans', system-ui, sans-serif";

export const INK = LIGHT.ink;
export const INK_MUTED = LIGHT['ink-muted'];
export const PAPER = LIGHT.paper;
export const GRID = LIGHT.grid;
export const GAP_FILL = LIGHT['paper-alt'];
/** State outlines and inset frames on the map, rules in exports. */
export const OUTLINE = LIGHT.line;
/** The hatch of synthetic values and the SAMPLE DATA mark. */
export const SAMPLE_COLOUR = LIGHT['sample-bg'];
/** The "YOUR DATA — not published" mark on an analyst's own figures. */
export const YOUR_DATA_COLOUR = LIGHT['your-data-bg'];
export const NATION_COLOUR = LIGHT.nation;
export const OFFICE_COLOUR = LIGHT.office;
/** The focus edition's tinted column, drawn at FOCUS_OPACITY behind the bars. */
export const FOCUS_FILL = LIGHT.primary;
export const FOCUS_OPACITY = 0.12;
/** Id of the diagonal-hatch pattern that marks synthetic (sample) values; see ValueStatePatterns. */
export const SYNTHETIC_PATTERN_ID = 'occ-synthetic-hatch';

/**
 * Field names are SVG attribute props, so a mark spreads it: `<rect … {...markEncoding(state, c)} />`.
 * Keys are returned in one fixed order so the serialised SVG (snapshots, exports) stays stable.
 */
export interface MarkEncoding {
  fill: string;
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
  fillOpacity: number;
}

/**
 * How a mark of a given colour is drawn in each value state: reported solid; approximate lighter with
 * a dashed outline (its label carries "200+" or "≈"); zero a solid outline with no fill; not reported
 * a dotted outline only (and a "—" label), so it can never be read as a zero; synthetic hatched.
 * Release mode's withheld values have no size to draw: a "<K" is a grey box with a dash-dot outline,
 * a hidden value a solid grey box, both of one fixed size with their label ("<10", "hidden").
 */
export function markEncoding(state: ValueState, colour: string): MarkEncoding {
  switch (state) {
    case 'reported':
      return { fill: colour, fillOpacity: 1, stroke: colour, strokeWidth: 1 };
    case 'approximate':
      return { fill: colour, fillOpacity: 0.45, stroke: colour, strokeWidth: 1.5, strokeDasharray: '4 2' };
    case 'zero':
      return { fill: PAPER, fillOpacity: 1, stroke: colour, strokeWidth: 2 };
    case 'not-reported':
      return { fill: 'none', fillOpacity: 0, stroke: INK_MUTED, strokeWidth: 1.5, strokeDasharray: '2 3' };
    case 'synthetic':
      return { fill: `url(#${SYNTHETIC_PATTERN_ID})`, fillOpacity: 1, stroke: colour, strokeWidth: 1.5 };
    case 'no-operation':
      return { fill: GAP_FILL, fillOpacity: 1, stroke: 'none', strokeWidth: 0 };
    case 'suppressed':
      return { fill: INK_MUTED, fillOpacity: 0.2, stroke: INK_MUTED, strokeWidth: 1.5, strokeDasharray: '6 2 1 2' };
    case 'hidden':
      return { fill: INK_MUTED, fillOpacity: 0.55, stroke: INK_MUTED, strokeWidth: 1 };
  }
}
