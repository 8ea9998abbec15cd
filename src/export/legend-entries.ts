/** Legend entries for the value states a chart shows, drawn with the marks' own encodings. */
import { markEncoding } from '../charts/theme';
import type { ValueState } from '../domain/value-state';
import { VALUE_STATE_LABEL } from '../domain/value-state';
import type { ExportLegendEntry, SwatchShape } from './composition-types';

export function stateLegendEntries(states: readonly ValueState[], colour: string, shape: SwatchShape = 'rect'): ExportLegendEntry[] {
  return states.map((state) => ({ label: VALUE_STATE_LABEL[state], shape, encoding: markEncoding(state, colour) }));
}
