/** The words the map says about one office, shared by its option label, tooltip and list. */
import type { Metric } from '../../data/types';
import type { OfficeFigure } from '../../domain/office-figures';
import { isSampleValue } from '../../domain/shown-value';
import type { ValueState } from '../../domain/value-state';

/** "FBI Denver: 12 minor victims", "FBI Anchorage: minor victims not reported". */
export function officeValueText(figure: OfficeFigure, metric: Metric): string {
  const what = metric.shortLabel.toLowerCase();
  if (figure.state === 'not-reported') return `${figure.office.name}: ${what} not reported`;
  return `${figure.office.name}: ${figure.spoken} ${what}`;
}

/** What the words alone do not already say ("more than 200" says approximate, "0" says zero). */
const STATE_NOTE: Partial<Record<ValueState, string>> = {
  approximate: 'approximate',
  synthetic: 'synthetic sample value',
};

export function officeOptionLabel(figure: OfficeFigure, metric: Metric): string {
  // A withheld sample value is still a sample value.
  const note = STATE_NOTE[figure.state] ?? (isSampleValue(figure) ? STATE_NOTE.synthetic : undefined);
  return note ? `${officeValueText(figure, metric)} (${note})` : officeValueText(figure, metric);
}
