// @vitest-environment node
/**
 * What the one-page summary hands the export kit, on fixed data: the same words as the page's
 * headline (its sentence, the cards' values as displayed), the legend of what the sparklines draw,
 * the sources of every figure drawn (the cards' own first), the SAMPLE DATA flag and the file name.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types';
import { indexDataset } from '../../../src/domain/dataset-index';
import { headlineSummary } from '../../../src/domain/summary';
import { headlineCards, headlineYears } from '../../../src/domain/headline';
import { summaryCardSpecs } from '../../../src/features/summary/summary-cards';
import { summaryImageExport } from '../../../src/features/summary/summary-export';
import { miniDataset } from '../../fixtures/mini-dataset';
import { resolvedView } from '../../fixtures/view';

const VIEW_URL = 'https://occ.example.gov/?metric=total-victims';

/** The mini dataset with a generated national value, as the sample package would have. */
function miniWithSample(): Dataset {
  const dataset = miniDataset();
  dataset.observations.push({ editionId: 'IV', place: 'national', metricId: 'total-arrests', value: 12, qualifier: null, origin: 'synthetic', sourceIds: [], note: '' });
  return dataset;
}

/** The cards of edition IV, the mini dataset's latest. */
function cardSpecs(dataset: Dataset, metricId: string) {
  const index = indexDataset(dataset);
  const focus = index.editionById.get('IV');
  if (!focus) throw new Error('no edition IV');
  return summaryCardSpecs(headlineCards(index, focus, metricId), headlineYears(index), 'IV');
}

describe('summaryImageExport on the mini dataset', () => {
  const view = resolvedView(miniDataset(), { metric: 'total-victims' });
  const image = summaryImageExport(view, VIEW_URL);

  it('says what is shown and for which view, with the headline sentence as its summary', () => {
    expect(image.input.title).toBe('Key figures at a glance, OCC IV (2012)');
    expect(image.input.filters).toEqual([
      'National figures',
      'Focus edition OCC IV (2012)',
      'Chosen metric: Victims identified',
      'Sparklines: every edition, 2008–2012',
    ]);
    expect(view.focus?.id).toBe('IV');
    if (view.focus) expect(image.input.summary).toBe(headlineSummary(view.index, view.focus, view.metric));
    expect(image.input.sample).toBe(false);
    expect(image.input.viewUrl).toBe(VIEW_URL);
    expect(image.input.dataset).toEqual({ title: 'Mini test dataset', version: '1.0.0', asOf: '2026-11-28' });
    expect(image.name).toEqual({ dataset: 'mini', panel: 'summary', metric: 'total-victims', period: { edition: 'IV' }, offices: [], release: null });
  });

  it('cites the cards’ own figures first, then those behind the sparklines, each once', () => {
    expect(image.input.sources.map((source) => source.url)).toEqual(['', 'https://example.gov/s1']);
    expect(image.input.sources.map((source) => source.outlet)).toEqual(['Some Outlet', 'FBI National Press Office']);
  });

  it('names in its legend only the marks the sparklines draw', () => {
    expect(image.input.legend.map((entry) => entry.label)).toEqual([
      'Reported',
      'Lower bound or approximate (published as "more than N" or "nearly N")',
      'Not reported',
      // 2009 has neither an edition nor a gap row; 2011 had no operation.
      'Shaded year: no edition recorded or no operation',
      'Dashed rule: the release wording changed, values either side are not comparable',
      'Tick under a bar: the focus edition, OCC IV (2012)',
      'Outlined card: the metric chosen',
    ]);
  });

  it('shows each card’s value as the page does: “—” for not reported, never 0', () => {
    const specs = cardSpecs(miniDataset(), 'total-victims');
    expect(specs.map((card) => [card.label, card.value, card.state, card.selected])).toEqual([
      ['Minor victims', '39', '', false],
      ['All victims', '210', '', true],
      ['Arrests', '—', 'Not reported', false],
    ]);
    // The arrests' sparkline: ≈700 and 642 in 2008, then nothing reported (null, not 0).
    expect(specs[2]?.spark.points.map((point) => [point.editionId, point.value, point.state])).toEqual([
      ['I', 700, 'approximate'],
      ['II', 642, 'reported'],
      ['III', null, 'not-reported'],
      ['IV', null, 'not-reported'],
    ]);
    expect(specs[0]?.spark.breakBeforeIds).toEqual(['III']);
  });
});

describe('summaryImageExport with a generated figure', () => {
  it('carries the SAMPLE DATA mark, on the image and on the card', () => {
    const image = summaryImageExport(resolvedView(miniWithSample()), VIEW_URL);
    expect(image.input.sample).toBe(true);
    expect(image.input.legend.map((entry) => entry.label)).toContain('Synthetic sample value');
    const specs = cardSpecs(miniWithSample(), 'minor-victims');
    expect(specs[2]).toMatchObject({ value: '12', state: 'SAMPLE DATA', sample: true });
  });
});
