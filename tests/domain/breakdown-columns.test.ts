// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { withLoadTestRows } from '../../mocks/large-package';
import { columnMetrics, columnPresetFileTag, columnPresetOptions, isColumnPreset } from '../../src/domain/breakdown-columns';
import { indexDataset } from '../../src/domain/dataset-index';
import { miniDataset } from '../fixtures/mini-dataset';
import { loadCommittedDataset } from '../published/committed-package';

const published = loadCommittedDataset();
const ids = (metrics: { id: string }[]) => metrics.map((metric) => metric.id);

describe('column presets', () => {
  it('start with the key outcomes and widen to outcomes, scale or everything', () => {
    const index = indexDataset(published);
    expect(ids(columnMetrics(index, 'key', 'minor-victims'))).toEqual([
      'minor-victims', 'missing-children', 'adult-victims', 'total-victims', 'traffickers', 'exploitation-suspects', 'total-arrests', 'other-arrests',
    ]);
    expect(ids(columnMetrics(index, 'scale', 'minor-victims'))).toEqual(['minor-victims', 'field-offices', 'task-forces', 'cities', 'agencies']);
    expect(columnMetrics(index, 'all', 'minor-victims')).toHaveLength(12);
    expect(ids(columnMetrics(index, 'key', 'cities'))).toContain('cities');
  });

  it('keep the large scenario to 8 columns by default, 45 on request', () => {
    const index = indexDataset(withLoadTestRows(published));
    expect(columnMetrics(index, 'key', 'minor-victims')).toHaveLength(8);
    expect(columnMetrics(index, 'all', 'minor-victims')).toHaveLength(45);
    expect(ids(columnMetrics(index, 'key', 'load-test-07')).at(-1)).toBe('load-test-07');
    expect(columnPresetOptions(index, 'minor-victims').map((option) => option.label)).toEqual([
      'Key outcomes (8 columns)',
      'All outcomes (41 columns)',
      'Scale of the operation (5 columns)',
      'Everything (45 columns)',
    ]);
  });

  it('fall back to all outcomes for a dataset without the key metrics', () => {
    const mini = miniDataset();
    const renamed = { ...mini, metrics: mini.metrics.map((metric) => ({ ...metric, id: `x-${metric.id}` })) };
    expect(ids(columnMetrics(indexDataset(renamed), 'key', 'none'))).toEqual(['x-minor-victims', 'x-total-victims', 'x-total-arrests']);
  });

  it('name only a non-default choice in file names, and validate choices', () => {
    expect(columnPresetFileTag('key')).toBeNull();
    expect(columnPresetFileTag('all')).toBe('all-metrics');
    expect(isColumnPreset('scale')).toBe(true);
    expect(isColumnPreset('bogus')).toBe(false);
  });
});
