// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain/dataset-index';
import { axisEditions, axisYears } from '../../src/domain/time-axis';
import { breakKey, describeScale, scaleContext, seriesCoverage, seriesMax, trendSeries, trendSeriesForPlaces } from '../../src/domain/trends';
import { breakNotes } from '../../src/domain/trends-view';
import { miniDataset } from '../fixtures/mini-dataset';

const index = indexDataset(miniDataset());
const editions = axisEditions(axisYears(index, null, null));
const metric = (id: string) => {
  const found = index.metricById.get(id);
  if (!found) throw new Error(id);
  return found;
};

describe('trendSeries', () => {
  it('keeps each value with its state, display, wording and change', () => {
    const series = trendSeries(index, metric('total-victims'), 'national', editions);
    expect(series.points.map((p) => [p.edition.id, p.value, p.state, p.display, p.spoken])).toEqual([
      ['I', null, 'not-reported', '—', 'not reported'],
      ['II', null, 'not-reported', '—', 'not reported'],
      ['III', 200, 'approximate', '200+', 'more than 200'],
      ['IV', 210, 'reported', '210', '210'],
    ]);
    expect(series.points[3]?.comparisonText).toBe('Change unknown: 200+ in OCC III (2010) and this figure include lower bounds');
    expect(series.points[3]?.wording).toBe('victims');
    expect(series.points[3]?.sources.map((s) => s.id)).toEqual(['S2']);
    expect(series.coverage).toEqual({ reported: 2, synthetic: 0, total: 4 });
    expect(series.hasSynthetic).toBe(false);
    expect(seriesCoverage(series)).toBe('2 of 4 editions reported');
  });

  it('never counts a synthetic value as reported, and says how many are synthetic', () => {
    const sample = indexDataset({
      ...miniDataset(),
      observations: miniDataset().observations.map((o) =>
        o.place === 'national' && o.metricId === 'minor-victims' && o.editionId !== 'I' ? { ...o, origin: 'synthetic' as const } : o,
      ),
    });
    const series = trendSeries(sample, metric('minor-victims'), 'national', editions);
    expect(series.coverage).toEqual({ reported: 1, synthetic: 3, total: 4 });
    expect(series.hasSynthetic).toBe(true);
    expect(seriesCoverage(series)).toBe('1 of 4 editions reported, 3 with synthetic sample values');
  });

  it('finds the wording change exactly where the change reads "not comparable"', () => {
    const series = trendSeries(index, metric('minor-victims'), 'national', editions);
    expect(series.breaks).toEqual([
      {
        before: index.editionById.get('II'),
        after: index.editionById.get('III'),
        beforeWording: 'children recovered',
        afterWording: 'minor victims identified',
      },
    ]);
    expect(series.points[2]?.comparison.kind).toBe('not-comparable');
    const [change] = series.breaks;
    expect(change && breakKey(change)).toBe('II>III');
  });

  it('shows a sparse office series as not reported, with a published zero as zero', () => {
    const { national, offices } = trendSeriesForPlaces(index, metric('minor-victims'), ['denver', 'gotham'], editions);
    expect(national.placeName).toBe('National');
    expect(offices.map((s) => s.placeName)).toEqual(['FBI Denver']);
    expect(offices[0]?.points.map((p) => p.state)).toEqual(['not-reported', 'not-reported', 'not-reported', 'zero']);
    expect(offices[0]?.breaks).toEqual([]);
    expect(seriesMax(offices)).toBe(0);
    expect(seriesMax([national])).toBe(52);
  });
});

describe('scaleContext', () => {
  it('gives every scale measure a row, except the one charted', () => {
    const rows = scaleContext(index, editions, 'minor-victims');
    expect(rows.map((r) => [r.metric.id, r.cells.map((c) => c.display).join(' ')])).toEqual([['cities', '16 — — —']]);
    expect(scaleContext(index, editions, 'cities')).toEqual([]);
    expect(describeScale(rows, 'I')).toBe('16 cities');
    expect(describeScale(rows, 'II')).toBe('');
  });
});

describe('breakNotes', () => {
  it('numbers each wording change once for the whole panel, the nation first', () => {
    const national = trendSeries(index, metric('minor-victims'), 'national', editions);
    const office = { ...national, place: 'denver', placeName: 'FBI Denver' };
    const notes = breakNotes([national, office]);
    expect(notes.map((n) => [n.number, breakKey(n.change), n.places, n.national])).toEqual([
      [1, 'II>III', ['National', 'FBI Denver'], true],
    ]);
  });
});
