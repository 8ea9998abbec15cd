/**
 * What the field-office map shows for the filters: every office's figure for the focus edition and
 * metric, the coverage caption, and which value states occur (the legend names exactly those). The
 * map, its readable twin (the office list) and, later, its export all read this one selector.
 */
import type { Edition, Metric } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import { officeCoverage, officeFigures } from './office-figures';
import type { OfficeCoverage, OfficeFigure } from './office-figures';
import { isSampleValue } from './shown-value';
import { legendStates } from './value-state';
import type { ValueState } from './value-state';

export interface OfficeMapModel {
  edition: Edition;
  metric: Metric;
  /** All offices in the dataset's order. */
  figures: OfficeFigure[];
  coverage: OfficeCoverage;
  /** Value states present among the figures, in the legends' one order. */
  states: ValueState[];
  /** True when any figure is generated sample data (the SAMPLE DATA mark must show). */
  hasSynthetic: boolean;
}

export function officeMapModel(index: DatasetIndex, edition: Edition, metric: Metric): OfficeMapModel {
  const figures = officeFigures(index, edition, metric.id);
  const present = new Set(figures.map((f) => f.state));
  const sample = figures.some(isSampleValue);
  return {
    edition,
    metric,
    figures,
    coverage: officeCoverage(figures),
    states: legendStates(present),
    hasSynthetic: sample,
  };
}
