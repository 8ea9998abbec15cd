/**
 * Which metrics the breakdown tables show as columns. The published data has 12 metrics; an imported
 * or load-test dataset can have dozens (the `large` scenario adds 33), and a table 45 values wide is
 * neither readable nor quick. So the tables start with the key outcome metrics and let the reader
 * widen them; the metric chosen in the filters is always a column, whatever the choice.
 */
import type { Metric } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import { HEADLINE_METRIC_IDS } from './headline';

export type ColumnPreset = 'key' | 'outcome' | 'scale' | 'all';
export const COLUMN_PRESETS: readonly ColumnPreset[] = ['key', 'outcome', 'scale', 'all'];
export const DEFAULT_COLUMN_PRESET: ColumnPreset = 'key';

/** The headline figures plus the arrests only field offices report. */
const KEY_METRIC_IDS: ReadonlySet<string> = new Set<string>([...HEADLINE_METRIC_IDS, 'other-arrests']);

const PRESET_LABEL: Record<ColumnPreset, string> = {
  key: 'Key outcomes',
  outcome: 'All outcomes',
  scale: 'Scale of the operation',
  all: 'Everything',
};

function inPreset(metric: Metric, preset: ColumnPreset): boolean {
  switch (preset) {
    case 'key':
      return KEY_METRIC_IDS.has(metric.id);
    case 'outcome':
      return metric.kind === 'outcome';
    case 'scale':
      return metric.kind === 'scale';
    case 'all':
      return true;
  }
}

/** The column metrics in the dataset's order; a dataset without the key metrics gets its outcomes. */
export function columnMetrics(index: DatasetIndex, preset: ColumnPreset, chosenMetricId: string): Metric[] {
  const metrics = index.dataset.metrics;
  const hasKey = metrics.some((metric) => KEY_METRIC_IDS.has(metric.id));
  const effective = preset === 'key' && !hasKey ? 'outcome' : preset;
  return metrics.filter((metric) => metric.id === chosenMetricId || inPreset(metric, effective));
}

export interface ColumnPresetOption {
  value: ColumnPreset;
  label: string;
}

/** The choices with their column counts, e.g. "All outcomes (41 columns)". */
export function columnPresetOptions(index: DatasetIndex, chosenMetricId: string): ColumnPresetOption[] {
  return COLUMN_PRESETS.map((preset) => {
    const count = columnMetrics(index, preset, chosenMetricId).length;
    return { value: preset, label: `${PRESET_LABEL[preset]} (${count} ${count === 1 ? 'column' : 'columns'})` };
  });
}

export function isColumnPreset(value: string): value is ColumnPreset {
  return (COLUMN_PRESETS as readonly string[]).includes(value);
}

/** For file names: nothing for the default, else e.g. "all-metrics". */
export function columnPresetFileTag(preset: ColumnPreset): string | null {
  return preset === DEFAULT_COLUMN_PRESET ? null : `${preset}-metrics`;
}
