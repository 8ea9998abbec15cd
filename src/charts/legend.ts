/**
 * The one legend model: what a chart's legend says and how each swatch is drawn (the marks' own
 * encodings). A panel builds its entries once; the page lists them (LegendList) and the export draws
 * them (src/export/composition-svg.tsx) with the same swatch, so the two never disagree.
 */
import { VALUE_STATE_LABEL } from '../domain/value-state';
import type { ValueState } from '../domain/value-state';
import { markEncoding } from './theme';
import type { MarkEncoding } from './theme';

export type SwatchShape = 'rect' | 'circle' | 'line';

export interface LegendEntry {
  label: string;
  shape: SwatchShape;
  /** The same encoding the marks use (markEncoding). */
  encoding: MarkEncoding;
}

/** One entry per value state shown, in the order given (legendStates gives the one order). */
export function stateLegendEntries(states: readonly ValueState[], colour: string, shape: SwatchShape = 'rect'): LegendEntry[] {
  return states.map((state) => ({ label: VALUE_STATE_LABEL[state], shape, encoding: markEncoding(state, colour) }));
}
