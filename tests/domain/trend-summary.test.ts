// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/types';
import type { RequestPatch } from '../fixtures/view';
import { loadCommittedDataset } from '../published/committed-package';
import { miniDataset } from '../fixtures/mini-dataset';
import { viewFor } from '../fixtures/trends-view';

function summaries(dataset: Dataset, input: RequestPatch) {
  const view = viewFor(dataset, input);
  return [view.national.summary, ...view.offices.map((o) => o.summary)];
}

describe('trendSummary on the published figures', () => {
  const published = loadCommittedDataset();

  it('reads the national minor victims with the change and the wording caveat', () => {
    expect(summaries(published, {})).toEqual([
      'National minor victims, 2008–2025: 13 of 13 editions reported a figure, with the ' +
        'highest, 168, in OCC VIII (2014); OCC XIII (2023) reported 59, down 25 (30%) from 84 in OCC XII (2022); ' +
        'the release wording changed once in these years, so values either side of the marker are not comparable.',
    ]);
  });

  it('says "cannot be compared" for the focus edition right after a wording change', () => {
    expect(summaries(published, { edition: 'XII', from: 2012 })[0]).toBe(
      'National minor victims, 2012–2025: 8 of 8 editions reported a figure, with the ' +
        'highest, 168, in OCC VIII (2014); OCC XII (2022) reported 84, which cannot be compared with 84 in OCC XI ' +
        '(2017) because the release wording changed.',
    );
  });

  it('keeps lower bounds as words and says when the change is unknown, naming no highest', () => {
    expect(summaries(published, { metric: 'total-victims' })[0]).toBe(
      'National all victims, 2008–2025: 2 of 13 editions reported a figure; OCC XIII (2023) reported more than ' +
        '200, against more than 200 in OCC XII (2022); the size of the change is unknown because a figure is a lower bound.',
    );
    // Both editions published "200+": a lower bound and a tie, so neither is "the highest".
    expect(summaries(published, { metric: 'total-victims', edition: 'XII' })[0]).toBe(
      'National all victims, 2008–2025: 2 of 13 editions reported a figure; OCC XII (2022) reported more than 200.',
    );
  });

  it('is honest about sparse office figures', () => {
    expect(summaries(published, { offices: ['anchorage', 'denver'] }).slice(1)).toEqual([
      'FBI Anchorage minor victims, 2008–2025: none of the 13 editions reported a figure.',
      'FBI Denver minor victims, 2008–2025: 5 of 13 editions reported a figure, with the ' +
        'highest, 20, in OCC IX (2015); OCC XIII (2023) did not report it.',
    ]);
  });
});

describe('trendSummary on the mini dataset', () => {
  const mini = miniDataset();

  it('calls no value the highest beside a lower bound, which may be larger', () => {
    expect(summaries(mini, { metric: 'total-victims' })[0]).toBe(
      'National all victims, 2008–2012: 2 of 4 editions reported a figure; OCC IV (2012) reported 210, against ' +
        'more than 200 in OCC III (2010); the size of the change is unknown because a figure is a lower bound.',
    );
  });

  it('calls no value the highest when two editions tie at the top', () => {
    const tied: Dataset = {
      ...mini,
      observations: mini.observations.map((o) =>
        o.place === 'national' && o.metricId === 'minor-victims' && o.editionId === 'IV' ? { ...o, value: 52 } : o,
      ),
    };
    expect(summaries(tied, { edition: 'II' })[0]).toBe(
      'National minor victims, 2008–2012: 4 of 4 editions reported a figure; OCC II (2008) reported 47, up 26 ' +
        '(124%) from 21 in OCC I (2008); the release wording changed once in these years, so values either side ' +
        'of the marker are not comparable.',
    );
  });

  it('says "about" against a "nearly" figure and counts a published zero as reported', () => {
    expect(summaries(mini, { metric: 'total-arrests', edition: 'II' })[0]).toBe(
      'National arrests, 2008–2012: 2 of 4 editions reported a figure, with the highest, nearly 700, in ' +
        'OCC I (2008); OCC II (2008) reported 642, down about 58 (8%) from nearly 700 in OCC I (2008).',
    );
    expect(summaries(mini, { offices: ['denver'] })[1]).toBe(
      'FBI Denver minor victims, 2008–2012: 1 of 4 editions reported a figure; OCC IV ' +
        '(2012) reported 0.',
    );
  });

  it('falls back to the latest reported edition when the focus edition is outside the years', () => {
    expect(summaries(mini, { edition: 'IV', to: 2010 })[0]).toBe(
      'National minor victims, 2008–2010: 3 of 3 editions reported a figure; OCC III ' +
        '(2010) reported 52 (the highest in these years), which cannot be compared with 47 in OCC II (2008) ' +
        'because the release wording changed.',
    );
  });

  it('says when no edition ran or none reported', () => {
    expect(summaries(mini, { from: 2011, to: 2011 })[0]).toBe(
      'National minor victims, 2011: no edition ran in these years.',
    );
    expect(summaries(mini, { metric: 'cities', from: 2010 })[0]).toBe(
      'National cities, 2010–2012: none of the 2 editions reported a figure.',
    );
  });

  it('opens with "Sample data" when values are synthetic', () => {
    const sample: Dataset = {
      ...mini,
      observations: mini.observations.map((o) => (o.place === 'denver' ? { ...o, origin: 'synthetic' as const } : o)),
    };
    // Denver's one value (OCC IV's 0) is now generated: shown, but never "reported".
    expect(summaries(sample, { offices: ['denver'] })[1]).toBe(
      'Sample data: FBI Denver minor victims, 2008–2012: 0 of 4 editions reported a figure, 1 with synthetic ' +
        'sample values; OCC IV (2012) has the synthetic sample value 0.',
    );
  });

  it('counts published and synthetic values apart when both are shown', () => {
    const sample: Dataset = {
      ...mini,
      observations: mini.observations.map((o) =>
        o.place === 'national' && o.metricId === 'minor-victims' && (o.editionId === 'III' || o.editionId === 'IV')
          ? { ...o, origin: 'synthetic' as const }
          : o,
      ),
    };
    expect(summaries(sample, {})[0]).toBe(
      'Sample data: National minor victims, 2008–2012: 2 of 4 editions reported a figure, 2 with synthetic ' +
        'sample values, with the highest, 52, in OCC III (2010); OCC IV (2012) has the synthetic sample value 39, ' +
        'down 13 (25%) from 52 in OCC III (2010); the release wording changed once in these years, so values ' +
        'either side of the marker are not comparable.',
    );
  });
});
