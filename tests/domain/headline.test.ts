import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain/dataset-index';
import { editionsInRange, focusEdition, latestEditionWithResults } from '../../src/domain/editions';
import { headlineCards } from '../../src/domain/headline';
import { scaleFacts } from '../../src/domain/scale-facts';
import { headlineSummary } from '../../src/domain/summary';
import { miniDataset } from '../fixtures/mini-dataset';

describe('headline selectors', () => {
  const index = indexDataset(miniDataset());
  const IV = index.editionById.get('IV');
  const I = index.editionById.get('I');
  if (!IV || !I) throw new Error('fixture editions missing');

  it('defaults to the latest edition with results and honours a chosen one', () => {
    expect(latestEditionWithResults(index)?.id).toBe('IV');
    expect(focusEdition(index, null)?.id).toBe('IV');
    expect(focusEdition(index, 'II')?.id).toBe('II');
    expect(focusEdition(index, 'nope')?.id).toBe('IV');
    expect(editionsInRange(index, 2009, null).map((e) => e.id)).toEqual(['III', 'IV']);
    expect(index.yearRange).toEqual([2008, 2012]);
  });

  it('keeps a fixed card order, marks the chosen metric and shows "—" where nothing was reported', () => {
    const cards = headlineCards(index, IV, 'total-victims');
    expect(cards.map((c) => c.metric.id)).toEqual(['minor-victims', 'total-victims', 'total-arrests']);
    expect(cards.map((c) => c.display)).toEqual(['39', '210', '—']);
    expect(cards.map((c) => c.selected)).toEqual([false, true, false]);
    expect(cards[2]?.state).toBe('not-reported');
    expect(cards[2]?.stateText).toBe('Not reported');
    expect(cards[2]?.comparisonText).toBe('Not reported for this edition');
    expect(cards[0]?.sources.map((s) => s.id)).toEqual(['S2']);
    expect(cards[0]?.wording).toBe('minor victims identified');
    const III = index.editionById.get('III');
    if (!III) throw new Error('fixture missing');
    expect(headlineCards(index, III, 'minor-victims')[1]?.stateText).toBe('Lower bound: published as more than 200');
  });

  it('writes one plain sentence with the comparison or its caveat', () => {
    const minor = index.metricById.get('minor-victims');
    const arrests = index.metricById.get('total-arrests');
    const III = index.editionById.get('III');
    if (!minor || !arrests || !III) throw new Error('fixture missing');
    expect(headlineSummary(index, IV, minor)).toBe(
      'OCC IV (2012) reported 39 minor victims (release: “minor victims identified”), down 13 (25%) from 52 in OCC III (2010).',
    );
    expect(headlineSummary(index, III, minor)).toBe(
      'OCC III (2010) reported 52 minor victims (release: “minor victims identified”); it cannot be compared with 47 in OCC II (2008), whose release counted “children recovered”.',
    );
    expect(headlineSummary(index, IV, arrests)).toBe('OCC IV (2012) did not report a national figure for arrests.');
  });

  it('lists the published scale of an edition', () => {
    expect(scaleFacts(index, I)).toEqual([
      { metricId: 'cities', label: 'cities', display: '16', sources: [index.sourceById.get('S1')] },
    ]);
    expect(scaleFacts(index, IV)).toEqual([]);
  });
});
