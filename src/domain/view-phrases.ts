/**
 * The active filters of a View in words, one phrase each, for a reader who cannot see the filter
 * bar: the briefing deck's title slide. Only what the View resolved (never the raw request), so the
 * words and the figures on the slides agree.
 */
import { editionName } from './format';
import type { View } from './resolve-view';
import { yearSpan } from './time-axis';

export function viewFilterPhrases(view: View): string[] {
  const offices = view.offices.map((office) => office.name);
  return [
    `Metric: ${view.metric.label}`,
    view.focus ? `Focus edition: ${editionName(view.focus)}` : 'Focus edition: none with results',
    `Years of the trends: ${yearSpan(view.firstYear, view.lastYear)}`,
    offices.length === 0 ? 'Field offices: none chosen (national figures)' : `Field offices: ${offices.join(', ')}`,
  ];
}
