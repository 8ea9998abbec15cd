/**
 * The state outlines the map draws beneath the offices: the land (nation), the borders between
 * states, and the frames around the Alaska, Hawaii and Puerto Rico insets. They are projected once,
 * when the project derives them (scripts/outlines/project-outlines.ts → src/api/state-outlines.json),
 * at a reference size, as relative path data in tenths of a reference pixel. Any other size is the
 * same projection up to a scale and a shift (mapFrame is linear in the scale), applied as an SVG
 * transform: no browser ever projects the outlines, and a filter change or a resize never redraws them.
 */
import type { StateOutlines } from '../../../api/outlines-query';
import { mapFrame } from './projection';
import type { MapFrame, MapSize } from './projection';

/** The land (states and kept territories as one shape), the borders between states, the inset frames. */
export type Basemap = StateOutlines;

/** The size the outlines are projected at: a common desktop map. */
export const BASEMAP_REFERENCE: MapSize = { width: 960, height: 560 };
/** The outlines' unit, in reference pixels: a tenth is ample detail, even in a 4× export. */
export const OUTLINE_UNIT = 0.1;

/**
 * Scale k and shift (x, y) that carry the outlines onto a frame: p = (x, y) + k · p_outline, where
 * p_outline is in OUTLINE_UNITs of the reference size.
 */
export function basemapFit(frame: MapFrame): { k: number; x: number; y: number } {
  const reference = mapFrame(BASEMAP_REFERENCE);
  const k = frame.scale / reference.scale;
  return {
    k: k * OUTLINE_UNIT,
    x: frame.translate[0] - k * reference.translate[0],
    y: frame.translate[1] - k * reference.translate[1],
  };
}
