// @vitest-environment node
/**
 * Release mode through the resolved View: the one suppressed model reaches every selector a panel or
 * an export reads (headline offices, trends, map, both tables, their CSV, the sentences), so a count
 * withheld in one is withheld in all, and nothing downstream computes its own.
 */
import { describe, expect, it } from 'vitest';
import { generateSampleDataset } from '../../mocks/sample/generate-sample';
import { NATIONAL } from '../../src/data/types';
import { officesRecords } from '../../src/domain/breakdown-csv';
import { editionsTable, editionsView } from '../../src/domain/breakdown-editions';
import { officesTable, officesView } from '../../src/domain/breakdown-offices';
import { headlineCards } from '../../src/domain/headline';
import { officeFigures } from '../../src/domain/office-figures';
import { officeMapModel } from '../../src/domain/office-map';
import { officeMapSummary } from '../../src/domain/office-map-summary';
import { pageReleaseNotice } from '../../src/domain/page-release-notice';
import { internalNote, releaseFileTag, releaseNotes } from '../../src/domain/release-notes';
import { suppressionStatus } from '../../src/domain/suppression';
import { suppressCounts } from '../../src/domain/suppress-counts';
import { headlineSummary } from '../../src/domain/summary';
import { trendsView } from '../../src/domain/trends-view';
import { summaryImageExport } from '../../src/features/summary/summary-export';
import { column, tableDataset } from '../fixtures/suppression-tables';
import { loadCommittedDataset } from '../published/committed-package';
import { resolvedView } from '../fixtures/view';

const sample = generateSampleDataset(loadCommittedDataset());
const model = suppressCounts(sample, { threshold: 10 });
const metric = 'minor-victims';
// The offices of OCC XIII (2023) whose minor victims release mode withholds, and one it shows.
const withheld = sample.offices.filter((office) => suppressionStatus(model, { editionId: 'XIII', place: office.id, metricId: metric }) !== 'shown');
const primary = withheld.filter((office) => suppressionStatus(model, { editionId: 'XIII', place: office.id, metricId: metric }) === 'primary');
const chosen = [primary[0], primary[1]].map((office) => office?.id ?? '');
const view = resolvedView(sample, { suppress: 10, offices: chosen });
const sort = { column: metric, direction: 'descending' } as const;

describe('the View in release mode', () => {
  it('reaches the briefing pack’s summary image: its footer notice and its file name', () => {
    const image = summaryImageExport(view, 'https://occ.example.gov/?suppress=10');
    expect(image.name.release).toBe('suppress-10');
    expect(image.input.internal).toBe(false);
    expect(image.input.releaseNotes).toEqual([expect.stringMatching(/^Release mode: Counts 1–9 shown as <10/)]);
  });

  it('carries the one memoised model, and its index carries it to every selector', () => {
    expect(primary.length).toBeGreaterThan(2);
    expect(view.suppression).toBe(model);
    expect(view.index.suppression).toBe(model);
    expect(resolvedView(sample, { suppress: 10 }).index).toBe(view.index);
    expect(resolvedView(sample).suppression).toBeUndefined();
  });

  it('withholds the same cells in the map, the offices table, the trends and the headline list', () => {
    const edition = view.focus;
    if (!edition) throw new Error('no focus edition');
    const map = officeMapModel(view.index, edition, view.metric);
    const table = officesView(officesTable(view.index, edition, view.columns, chosen), { sort, search: '', selectedOnly: false });
    const trends = trendsView(view);
    const headline = officeFigures(view.index, edition, metric, chosen);
    const column = table.metrics.findIndex((m) => m.id === metric);
    for (const office of sample.offices) {
      const status = suppressionStatus(model, { editionId: 'XIII', place: office.id, metricId: metric });
      const state = status === 'primary' ? 'suppressed' : status === 'complementary' ? 'hidden' : undefined;
      const figure = map.figures.find((f) => f.office.id === office.id);
      const cell = table.rows.find((row) => row.id === office.id)?.cells[column];
      if (state) {
        expect(figure).toMatchObject({ state, value: null, display: state === 'suppressed' ? '<10' : 'hidden' });
        expect(cell).toMatchObject({ state, value: null, display: figure?.display });
      } else {
        expect(figure?.withheld).toBeUndefined();
        expect(cell?.display).toBe(figure?.display);
      }
    }
    for (const i of chosen.keys()) {
      const point = trends?.offices[i]?.series.points.find((p) => p.edition.id === 'XIII');
      expect(point).toMatchObject({ state: 'suppressed', display: '<10', value: null });
      // Its change would give the count away: "not shown", never a number.
      expect(point?.comparison.kind).toMatch(/^(not-shown|no-previous|not-comparable)$/);
      expect(headline[i]).toMatchObject({ state: 'suppressed', display: '<10' });
    }
  });

  it('sorts every "<10" together in A–Z order, never by its value, and hidden cells last', () => {
    const edition = view.focus;
    if (!edition) throw new Error('no focus edition');
    const rows = officesView(officesTable(view.index, edition, view.columns, []), { sort, search: '', selectedOnly: false }).rows;
    const column = view.columns.findIndex((m) => m.id === metric);
    const states = rows.map((row) => row.cells[column]?.state);
    const small = rows.filter((row) => row.cells[column]?.state === 'suppressed').map((row) => row.label);
    expect(small).toEqual([...small].sort((a, b) => a.localeCompare(b)));
    const firstSmall = states.indexOf('suppressed');
    expect(states.slice(firstSmall, firstSmall + small.length).every((state) => state === 'suppressed')).toBe(true);
    // Hidden cells go last, with "not reported"; zeros sort below every "<10".
    const last = states.findIndex((state) => state === 'hidden' || state === 'not-reported');
    if (last >= 0) expect(states.slice(last).every((state) => state === 'hidden' || state === 'not-reported')).toBe(true);
    expect(states.lastIndexOf('suppressed')).toBeLessThan(states.indexOf('zero') === -1 ? Infinity : states.indexOf('zero'));
  });

  it('shows the sum of all offices, "not shown" for a subset with a withheld part, and the CSV says so', () => {
    const edition = view.focus;
    if (!edition) throw new Error('no focus edition');
    const table = officesTable(view.index, edition, view.columns, chosen);
    const column = view.columns.findIndex((m) => m.id === metric);
    const all = officesView(table, { sort, search: '', selectedOnly: false });
    expect(all.sum.cells[column]?.value).toBe(sample.observations.find((o) => o.editionId === 'XIII' && o.place === NATIONAL && o.metricId === metric)?.value);
    const some = officesView(table, { sort, search: '', selectedOnly: true });
    expect(some.sum.cells[column]).toMatchObject({ value: null, state: 'hidden', display: 'not shown' });

    const records = officesRecords(some);
    const header = records.header;
    const valueAt = header.indexOf('Minor victims');
    const stateAt = header.indexOf('Minor victims state');
    const officeRows = records.rows.slice(2);
    for (const row of officeRows) {
      expect(row[stateAt]).toBe('suppressed');
      expect(row[valueAt]).toBeNull();
    }
    expect(records.rows[1]?.[stateAt]).toBe('hidden');
    expect(records.rows[1]?.[valueAt]).toBeNull();
  });

  it('never names a withheld value in the sentences', () => {
    const edition = view.focus;
    if (!edition) throw new Error('no focus edition');
    const summary = officeMapSummary(officeMapModel(view.index, edition, view.metric));
    expect(summary).toMatch(/offices withheld in release mode; the largest shown, /);
    for (const office of trendsView(view)?.offices ?? []) {
      expect(office.summary).toMatch(/OCC XIII \(2023\) (reported|has the synthetic sample value) fewer than 10/);
    }
    // The nation's figures are published: shown as they are, the editions table unchanged.
    const editions = editionsView(editionsTable(view.index, view.columns, null, null), { column: 'label', direction: 'ascending' });
    expect(editions.rows.every((row) => row.kind === 'gap' || row.cells.every((cell) => !cell.withheld))).toBe(true);
  });
});

describe('published counts under K', () => {
  it('are shown as released, unless the reader asks to hide them too (suppress-published=yes)', () => {
    const published = sample.observations.find(
      (o) => o.origin === 'published' && o.place !== NATIONAL && o.metricId === metric && o.value !== null && o.value > 0 && o.value < 10,
    );
    if (!published) throw new Error('the sample keeps no small published office figure');
    const edition = sample.editions.find((e) => e.id === published.editionId);
    if (!edition) throw new Error('no edition');
    const figure = (hide: boolean) =>
      officeFigures(resolvedView(sample, { suppress: 10, suppressPublished: hide }).index, edition, metric, [published.place])[0];
    expect(figure(false)).toMatchObject({ value: published.value, state: 'reported' });
    expect(figure(true)).toMatchObject({ value: null, state: 'suppressed', display: '<10' });
    // Without release mode the choice means nothing and is dropped from the request.
    expect(resolvedView(sample, { suppressPublished: true }).request.suppressPublished).toBe(false);
  });
});

describe("the page's notice", () => {
  it('counts what the page shows: the published counts under 10 among its cells, not the whole dataset', () => {
    const notice = pageReleaseNotice(view);
    const [, published] = /; (\d+) published counts under 10 shown as released\.$/.exec(notice ?? '') ?? [];
    expect(notice).toMatch(/^Release mode: Counts 1–9 shown as <10/);
    expect(Number(published)).toBeGreaterThan(0);
    expect(Number(published)).toBeLessThan(model.counts.publishedSmall);
    expect(pageReleaseNotice(resolvedView(sample, { suppress: 10, suppressPublished: true }))).toBe('Release mode: Counts 1–9 shown as <10.');
    expect(pageReleaseNotice(resolvedView(sample))).toBeNull();
  });
});

describe('what exports say about release mode', () => {
  const imported = { kind: 'imported' as const };
  it('carries the notice with the counts of what it shows, and suppress-K in the file name', () => {
    const shown = [{ state: 'suppressed' as const }, { state: 'suppressed' as const }, { state: 'hidden' as const }, { state: 'reported' as const }];
    expect(releaseNotes({ kind: 'sample' }, model, shown)).toEqual(['Release mode: Counts 1–9 shown as <10; 1 further cell hidden so hidden counts cannot be worked out.']);
    // A count from 1 to 9 still shown is a published figure: the notice owns up to it.
    expect(releaseNotes({ kind: 'sample' }, model, [...shown, { state: 'reported', value: 4 }, { state: 'zero', value: 0 }])).toEqual([
      'Release mode: Counts 1–9 shown as <10; 1 further cell hidden so hidden counts cannot be worked out; 1 published count under 10 shown as released.',
    ]);
    expect(releaseFileTag({ kind: 'sample' }, model)).toBe('suppress-10');
    expect(releaseFileTag(imported, model)).toBe('suppress-10');
  });

  it("marks an analyst's own figures exported with release mode off INTERNAL — NOT FOR RELEASE, and nothing else", () => {
    expect(internalNote(imported, undefined)).toMatch(/^INTERNAL — NOT FOR RELEASE: /);
    expect(releaseFileTag(imported, undefined)).toBe('internal-not-for-release');
    expect(releaseNotes({ kind: 'published' }, undefined)).toEqual([]);
    expect(releaseFileTag({ kind: 'published' }, undefined)).toBeNull();
  });
});

describe("an analyst's national figure under K", () => {
  // Edition I: offices 3 and 2 (an analyst's file), so the national sum, 5, is itself a small count;
  // edition II: 14 and 20, national 34.
  const dataset = tableDataset([
    ...column('minor-victims', { a: 3, b: 2, c: 0 }, 'imported'),
    ...column('minor-victims', { a: 14, b: 20, c: 0 }, 'imported', 'II'),
  ]);
  const released = resolvedView(dataset, { suppress: 10, metric: 'minor-victims', edition: 'II' });

  it('reads "<10" on its card and in the sentence, and no change from or to it is computed', () => {
    const first = released.index.editionById.get('I');
    const second = released.index.editionById.get('II');
    if (!first || !second) throw new Error('no editions');
    const [card] = headlineCards(released.index, first, 'minor-victims');
    expect(card).toMatchObject({ display: '<10', value: null, state: 'suppressed', stateBrief: 'Small count' });
    expect(headlineSummary(released.index, first, released.metric)).not.toMatch(/\b5\b/);
    expect(headlineSummary(released.index, first, released.metric)).toContain('fewer than 10');
    const [later] = headlineCards(released.index, second, 'minor-victims');
    // The fixture records no release wording (and labels metrics by id), so the editions are not comparable: the sentence names
    // the earlier edition, never its withheld value.
    expect(later).toMatchObject({ display: '34', comparison: { kind: 'not-comparable', valuesWithheld: true } });
    expect(headlineSummary(released.index, second, released.metric)).toBe(
      'OCC II (2009) reported 34 minor-victims; it cannot be compared with OCC I (2008), whose release counted “wording not recorded”.',
    );
  });
});
