// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateSampleDataset } from '../../mocks/sample/generate-sample';
import { indexDataset } from '../../src/domain/dataset-index';
import { mapModelFor } from '../fixtures/view';
import { loadCommittedDataset } from '../published/committed-package';

describe('the office map model', () => {
  const published = indexDataset(loadCommittedDataset());

  it('maps all 56 offices of OCC VI with 36 reported, and names the states that occur', () => {
    const model = mapModelFor(published, { edition: 'VI' });
    expect(model.edition.id).toBe('VI');
    expect(model.figures).toHaveLength(56);
    expect(model.coverage.caption).toBe('36 of 56 offices reported');
    expect(model.states).toEqual(['reported', 'zero', 'not-reported']);
    expect(model.hasSynthetic).toBe(false);
    expect(model.figures.find((f) => f.office.id === 'anchorage')).toMatchObject({ value: null, state: 'not-reported' });
  });

  it('maps the view’s focus edition: the latest with results by default', () => {
    expect(mapModelFor(published).edition.id).toBe('XIII');
  });

  it('flags generated values on the sample dataset, so the SAMPLE DATA mark shows', () => {
    const sample = indexDataset(generateSampleDataset(loadCommittedDataset()));
    const model = mapModelFor(sample, { dataset: 'sample', edition: 'XIII' });
    expect(model.hasSynthetic).toBe(true);
    expect(model.states).toContain('synthetic');
    expect(model.figures).toHaveLength(56);
    expect(model.coverage.reported + model.coverage.synthetic).toBe(56);
  });
});
