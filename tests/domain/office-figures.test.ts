// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain/dataset-index';
import { officeCoverage, officeFigures } from '../../src/domain/office-figures';
import { loadCommittedDataset } from '../published/committed-package';

describe('office figures on the published dataset', () => {
  const index = indexDataset(loadCommittedDataset());
  const VI = index.editionById.get('VI');
  const XIII = index.editionById.get('XIII');
  if (!VI || !XIII) throw new Error('editions missing');

  it('covers all 56 offices by default, with 36 reported for OCC VI summing to 79', () => {
    const figures = officeFigures(index, VI, 'minor-victims');
    expect(figures).toHaveLength(56);
    expect(officeCoverage(figures)).toEqual({ reported: 36, synthetic: 0, total: 56, caption: '36 of 56 offices reported' });
    expect(figures.reduce((sum, f) => sum + (f.value ?? 0), 0)).toBe(79);
    const albuquerque = figures.find((f) => f.office.id === 'albuquerque');
    expect(albuquerque).toMatchObject({ value: 0, display: '0', state: 'zero' });
    const anchorage = figures.find((f) => f.office.id === 'anchorage');
    expect(anchorage).toMatchObject({ value: null, display: '—', state: 'not-reported' });
  });

  it('keeps the chosen order and skips unknown ids', () => {
    const figures = officeFigures(index, XIII, 'minor-victims', ['new-orleans', 'gotham', 'kansas-city']);
    expect(figures.map((f) => [f.office.id, f.display])).toEqual([
      ['new-orleans', '5'],
      ['kansas-city', '4'],
    ]);
  });
});
