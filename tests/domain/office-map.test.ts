// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateSampleDataset } from '../../mocks/sample/generate-sample';
import { indexDataset } from '../../src/domain/dataset-index';
import { officeMapModel } from '../../src/domain/office-map';
import { loadCommittedDataset } from '../published/committed-package';

describe('the office map model', () => {
  const published = indexDataset(loadCommittedDataset());

  it('maps all 56 offices of OCC VI with 36 reported, and names the states that occur', () => {
    const model = officeMapModel(published, 'VI', 'minor-victims');
    expect(model?.edition.id).toBe('VI');
    expect(model?.figures).toHaveLength(56);
    expect(model?.coverage.caption).toBe('36 of 56 offices reported');
    expect(model?.states).toEqual(['reported', 'zero', 'not-reported']);
    expect(model?.hasSynthetic).toBe(false);
    expect(model?.figures.find((f) => f.office.id === 'anchorage')).toMatchObject({ value: null, state: 'not-reported' });
  });

  it('defaults to the latest edition with results and falls back to the first metric for an unknown one', () => {
    const model = officeMapModel(published, null, 'no-such-metric');
    expect(model?.edition.id).toBe('XIII');
    expect(model?.metric.id).toBe(published.dataset.metrics[0]?.id);
  });

  it('flags generated values on the sample dataset, so the SAMPLE DATA mark shows', () => {
    const sample = indexDataset(generateSampleDataset(loadCommittedDataset()));
    const model = officeMapModel(sample, 'XIII', 'minor-victims');
    expect(model?.hasSynthetic).toBe(true);
    expect(model?.states).toContain('synthetic');
    expect(model?.figures).toHaveLength(56);
    expect((model?.coverage.reported ?? 0) + (model?.coverage.synthetic ?? 0)).toBe(56);
  });
});
