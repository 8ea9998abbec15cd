/**
 * Colours and encodings shared by every chart, the map and their exports. Values are SVG attribute
 * values (not CSS classes) so an exported SVG, which carries no stylesheet, looks like the screen.
 *
 * Palette: Okabe–Ito, safe for the common forms of colour blindness; series are also told apart by
 * marker shape and direct labels, never by colour alone (docs/DESIGN.md §6).
 */
import type { ValueState } from '../domain/value-state';

export const SERIES_COLOURS = [
  '#0072B2', // blue: the nation
  '#D55E00', // vermilion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#000000', // black
  '#F0E442', // yellow (last: weak on white, used only with a dark outline)
] as const;

export const CHART_FONT = "'Public Sans', system-ui, sans-serif";

export const INK = '#1b1b1b';
export const INK_MUTED = '#565c65';
export const PAPER = '#ffffff';
export const GRID = '#dfe1e2';
export const GAP_FILL = '#f0f0f0';
/** State outlines and inset frames on the map. */
export const OUTLINE = '#a9aeb1';
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
 */
export function markEncoding(state: ValueState, colour: string): MarkEncoding {
  switch (state) {
    case 'reported':
      return { fill: colour, fillOpacity: 1, stroke: colour, strokeWidth: 1 };
    case 'approximate':
      return { fill: colour, fillOpacity: 0.45, stroke: colour, strokeWidth: 1.5, strokeDasharray: '4 2' };
    case 'zero':
      return { fill: '#ffffff', fillOpacity: 1, stroke: colour, strokeWidth: 2 };
    case 'not-reported':
      return { fill: 'none', fillOpacity: 0, stroke: INK_MUTED, strokeWidth: 1.5, strokeDasharray: '2 3' };
    case 'synthetic':
      return { fill: `url(#${SYNTHETIC_PATTERN_ID})`, fillOpacity: 1, stroke: colour, strokeWidth: 1.5 };
    case 'no-operation':
      return { fill: GAP_FILL, fillOpacity: 1, stroke: 'none', strokeWidth: 0 };
  }
}
