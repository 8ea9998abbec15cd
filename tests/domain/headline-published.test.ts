// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain/dataset-index';
import { editionSources } from '../../src/domain/sources';
import { focusEdition } from '../../src/domain/editions';
import { headlineCards } from '../../src/domain/headline';
import { loadCommittedDataset } from '../published/committed-package';

describe('the headline on the published figures', () => {
  const index = indexDataset(loadCommittedDataset());
  const edition = (id: string | null) => {
    const found = focusEdition(index, id);
    if (!found) throw new Error('no focus edition');
    return found;
  };

  it('defaults to OCC XIII and reads each key figure with its state and change', () => {
    const cards = headlineCards(index, edition(null), 'minor-victims');
    const byMetric = Object.fromEntries(cards.map((c) => [c.metric.id, c]));
    expect(edition(null).id).toBe('XIII');
    expect(cards.map((c) => [c.metric.id, c.display, c.state])).toEqual([
      ['minor-victims', '59', 'reported'],
      ['missing-children', '59', 'reported'],
      ['adult-victims', '—', 'not-reported'],
      ['total-victims', '200+', 'approximate'],
      ['traffickers', '68', 'reported'],
      ['exploitation-suspects', '126', 'reported'],
      ['total-arrests', '—', 'not-reported'],
    ]);
    expect(byMetric['minor-victims']?.comparisonText).toBe('−25 (−30%) vs 84 in OCC XII (2022)');
    expect(byMetric['minor-victims']?.sources.map((s) => s.id)).toEqual(['S62']);
    expect(byMetric['traffickers']?.comparison.kind).toBe('not-comparable');
    expect(byMetric['total-victims']?.comparison.kind).toBe('bounds');
  });

  it('reads OCC XII minor victims as not comparable with the 2017 count', () => {
    const card = headlineCards(index, edition('XII'), 'minor-victims')[0];
    expect(card?.display).toBe('84');
    expect(card?.comparison).toMatchObject({ kind: 'not-comparable', previous: { id: 'XI' } });
  });

  it('reads OCC VIII against VII as an exact change', () => {
    const cards = headlineCards(index, edition('VIII'), 'minor-victims');
    expect(cards[0]?.comparisonText).toBe('+63 (+60%) vs 105 in OCC VII (2013)');
  });

  it('lists the sources behind an edition in id order', () => {
    expect(editionSources(index, edition('XIII')).map((s) => s.id)).toEqual(['S62', 'S63', 'S64', 'S65', 'S66', 'S67']);
  });
});
