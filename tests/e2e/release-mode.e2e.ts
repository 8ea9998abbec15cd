/**
 * Release mode in real Chromium, on the production build: with `?dataset=sample&suppress=10` and a
 * few offices selected, no count from 1 to 9 of an office that was not published appears anywhere —
 * the page (every lazy panel loaded, tooltips' and symbols' words included), the offices CSV, the
 * trends and map SVGs, and every file of the briefing pack — and no withheld count can be worked out
 * from the CSV's visible cells and totals. The published office figures (state "reported": the
 * sample keeps them) are public and shown as released. axe finds nothing with release mode on.
 *
 * What counts as an office's count here, and why the rest is left alone: a table cell, a bar label
 * or a symbol of an office (the structure says which), and a number that a sentence gives an office
 * ("FBI Boston (4)", "FBI Boston: 4 minor victims", "has the synthetic sample value 4"). Years,
 * edition numerals, "3 of 56", percentages, axis ticks and ids are not counts of an office.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/data/csv';
import { expectNoAxeViolations, expectNoPageProblems, launchBrowser, scrollThroughPage, withPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const OFFICES = ['boston', 'albany', 'chicago'];
const URL_PATH = `/?dataset=sample&suppress=10&offices=${OFFICES.join(',')}`;
const options = { contextOptions: { acceptDownloads: true, viewport: { width: 1366, height: 900 } } };
const SMALL = /^[1-9]$/;

interface Saved {
  name: string;
  bytes: Buffer;
}

async function save(page: Page, click: () => Promise<void>): Promise<Saved> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

async function exportSvg(page: Page, region: string, subject: string): Promise<Saved> {
  const panel = page.getByRole('region', { name: region });
  await panel.scrollIntoViewIfNeeded();
  const button = panel.getByRole('button', { name: `Export ${subject}` });
  await expect.poll(() => button.getAttribute('aria-disabled'), { timeout: 15_000 }).toBeNull();
  await button.click();
  return save(page, () => panel.getByRole('menuitem', { name: 'SVG', exact: true }).click());
}

/**
 * Numbers a sentence gives an office or a generated value: "FBI Boston (4)", "FBI Boston: 4 minor
 * victims", "has the synthetic sample value 4", "the largest shown, 4, in FBI Boston". Each is
 * returned as "name=digit" (name empty where the sentence does not say) for the allow-list check.
 */
function officeNumbersInText(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(FBI [A-Z][A-Za-z.' -]*?)(?:: | \()([1-9])(?![\d,.%]| of)/g)) found.push(`${m[1] ?? ''}=${m[2] ?? ''}`);
  for (const m of text.matchAll(/(?:sample value|largest(?: shown)?,|highest,) ([1-9])(?![\d,.%])(?:,? in (FBI [A-Z][A-Za-z.' -]*?)(?:[,;.)]| then| and))?/g)) {
    found.push(`${m[2] ?? ''}=${m[1] ?? ''}`);
  }
  return found;
}

/** The published office figures from 1 to 9 (public, shown as released), as "FBI name=digit", from the served package. */
async function publishedSmall(page: Page, base: string): Promise<Set<string>> {
  const [observations, offices] = await Promise.all(
    ['observations.csv', 'offices.csv'].map(async (file) => (await page.request.get(`${base}/data/published/${file}`)).text()),
  );
  const rows = (text: string) => parseCsv(text).records.map((record) => record.fields);
  const [officeHeader = [], ...officeRows] = rows(offices ?? '');
  const names = new Map(officeRows.map((fields) => [fields[officeHeader.indexOf('id')], fields[officeHeader.indexOf('name')]]));
  const [header = [], ...records] = rows(observations ?? '');
  const at = (name: string) => header.indexOf(name);
  return new Set(
    records
      .filter((fields) => fields[at('place')] !== 'national' && SMALL.test(fields[at('value')] ?? ''))
      .map((fields) => `${names.get(fields[at('place')] ?? '') ?? ''}=${fields[at('value')] ?? ''}`),
  );
}

/** Sentence numbers not published: a named office must hold that published figure; an unnamed one is never allowed. */
function unpublished(found: readonly string[], published: ReadonlySet<string>): string[] {
  return found.filter((item) => !published.has(item));
}

/** Bar labels and cells: [state, text] pairs whose text is a count from 1 to 9 that is not a published ("reported") value. */
function smallUnpublished(pairs: readonly (readonly [string | null, string])[]): (readonly [string | null, string])[] {
  return pairs.filter(([state, text]) => SMALL.test(text.trim()) && state !== 'reported');
}

async function pageFindings(page: Page) {
  return page.evaluate(() => {
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').trim();
    const officeCells = [...document.querySelectorAll('[data-testid="offices-table"] tr[data-row="office"] td.breakdown-cell')].map(
      (cell) => [cell.getAttribute('data-state'), text(cell.querySelector('.breakdown-cell__value'))] as const,
    );
    // Office charts: every bar's label, with the bar's state.
    const officeBars = [...document.querySelectorAll('[role="group"][aria-label^="FBI "] g.trend-bar')].map(
      (bar) => [bar.getAttribute('data-state'), text(bar.querySelector('text'))] as const,
    );
    const twins = [...document.querySelectorAll('table')].flatMap((table) =>
      [...table.querySelectorAll('td[data-state]')].map((cell) => [cell.getAttribute('data-state'), text(cell.querySelector('[aria-hidden="true"]') ?? cell)] as const),
    );
    // The value as displayed (ValueText: the display for the eye, the words for a screen reader).
    const shownIn = (row: Element) => text(row.querySelector('td [aria-hidden="true"]') ?? row.querySelector('td'));
    const headline = [...document.querySelectorAll('table.office-figures tbody tr')].map((row) => [row.getAttribute('data-state'), shownIn(row)] as const);
    const mapTwin = [...document.querySelectorAll('.office-list tbody tr')].map((row) => [row.getAttribute('data-state'), shownIn(row)] as const);
    const words = [
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label], [title], [aria-description]')].flatMap((el) => [
        el.getAttribute('aria-label') ?? '',
        el.getAttribute('title') ?? '',
        el.getAttribute('aria-description') ?? '',
      ]),
      ...[...document.querySelectorAll('desc, title, .visually-hidden')].map((el) => el.textContent),
    ].join('\n');
    return { officeCells, officeBars, twins, headline, mapTwin, words, suppressedCells: officeCells.filter(([state]) => state === 'suppressed').length };
  });
}

/** SVG text elements, and the bar labels of the trend marks with their states. */
function svgFindings(page: Page, svg: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const bars = [...doc.querySelectorAll('g.trend-bar, g[data-edition][data-state]')].map(
      (bar) => [bar.getAttribute('data-state'), (bar.querySelector('text')?.textContent ?? '').trim()] as const,
    );
    const texts = [...doc.querySelectorAll('text, desc, title')].map((el) => el.textContent);
    return { bars, texts: texts.join('\n'), parseErrors: doc.getElementsByTagName('parsererror').length };
  }, svg);
}

/**
 * The CSV's visible cells against its totals: in each metric column, the national row and the sum
 * row are totals of the office rows, so one withheld office cell alone in a column would be that total
 * less the shown cells; the same along each office row for all victims = minor + adult.
 */
function recoverable(csv: string): string[] {
  const records = parseCsv(csv.replace(/^\uFEFF/, '')).records.map((record) => record.fields);
  const [header = [], ...rows] = records.filter((fields) => !fields[0]?.startsWith('Note: '));
  const metrics = header.filter((name) => header.includes(`${name} state`) && !name.endsWith(' state'));
  const office = rows.filter((fields) => /^FBI /.test(fields[0] ?? ''));
  const [national, sum] = rows;
  const withheld = (fields: readonly string[], metric: string) => ['suppressed', 'hidden'].includes(fields[header.indexOf(`${metric} state`)] ?? '');
  const problems: string[] = [];
  for (const metric of metrics) {
    const totalShown = [national, sum].some((total) => total && (total[header.indexOf(metric)] ?? '') !== '');
    const hidden = office.filter((fields) => withheld(fields, metric));
    if (totalShown && hidden.length === 1) problems.push(`${metric}: only ${hidden[0]?.[0] ?? ''} is withheld`);
  }
  if (['All victims', 'Minor victims', 'Adult victims'].every((metric) => metrics.includes(metric))) {
    // Only where the other part is a shown number: with it not reported (as adult victims mostly are
    // in the sample), the sample's all victims is no sum of its parts, which the domain's proof covers.
    const number = (fields: readonly string[], metric: string) => (fields[header.indexOf(metric)] ?? '') !== '';
    for (const fields of office) {
      const hiddenParts = ['Minor victims', 'Adult victims'].filter((metric) => withheld(fields, metric));
      const shownParts = ['Minor victims', 'Adult victims'].filter((metric) => number(fields, metric));
      if (number(fields, 'All victims') && hiddenParts.length === 1 && shownParts.length === 1) problems.push(`${fields[0] ?? ''}: one part of all victims`);
    }
  }
  return problems;
}

async function inspectorPage(page: Page): Promise<Page> {
  const inspector = await page.context().newPage();
  await inspector.goto('about:blank');
  await page.bringToFront();
  return inspector;
}

describe('release mode on the sample dataset', () => {
  test('shows no unpublished office count from 1 to 9 on the page or in any export, and none can be worked out', async () => {
    await withPage(
      browser,
      URL_PATH,
      async (session) => {
        const { page, baseUrl } = session;
        const published = await publishedSmall(page, baseUrl);
        await page.getByText(/^Release mode: Counts 1–9 shown as <10/).waitFor({ timeout: 15_000 });
        await scrollThroughPage(page);
        // The charts' table twin is built when opened; a bar's tooltip is its words.
        await page.getByText('Table of the figures').click();
        const bar = page.locator('[role="group"][aria-label^="FBI Boston"] g.trend-bar[data-edition="XIII"]');
        await bar.scrollIntoViewIfNeeded();
        // The chart's hit area takes the pointer above the bars: point at the bar's place.
        const box = await bar.boundingBox();
        if (!box) throw new Error('the bar is not drawn');
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.getByRole('tooltip').filter({ hasText: 'OCC XIII (2023)' }).waitFor();

        const found = await pageFindings(page);
        expect(found.suppressedCells).toBeGreaterThan(10);
        expect(found.officeBars.length).toBeGreaterThan(0);
        expect(found.officeBars.some(([state, label]) => state === 'suppressed' && label === '<10')).toBe(true);
        expect(found.mapTwin.some(([state, value]) => state === 'suppressed' && value === '<10')).toBe(true);
        expect({
          officeCells: smallUnpublished(found.officeCells),
          officeBars: smallUnpublished(found.officeBars),
          twins: smallUnpublished(found.twins),
          headline: smallUnpublished(found.headline),
          mapTwin: smallUnpublished(found.mapTwin),
          sentences: unpublished(officeNumbersInText(found.words), published),
        }).toEqual({ officeCells: [], officeBars: [], twins: [], headline: [], mapTwin: [], sentences: [] });

        const inspector = await inspectorPage(page);
        const panel = page.getByRole('region', { name: 'Breakdown tables' });
        await panel.scrollIntoViewIfNeeded();
        const csv = await save(page, () => panel.getByRole('button', { name: 'Download CSV of the field-office table' }).click());
        expect(csv.name).toBe('occ_suppress-10_sample_offices-by-metric_XIII.csv');
        const csvText = csv.bytes.toString('utf8');
        expect(csvText).toContain('Note: Release mode: Counts 1–9 shown as <10');
        const [header = [], ...records] = parseCsv(csvText.replace(/^\uFEFF/, '')).records.map((record) => record.fields);
        const states = header.flatMap((name, i) => (name.endsWith(' state') ? [i] : []));
        const csvCells = records
          .filter((fields) => /^FBI /.test(fields[0] ?? ''))
          .flatMap((fields) => states.map((i) => [fields[i] ?? null, fields[i - 2] ?? ''] as const));
        expect(csvCells.some(([state, value]) => state === 'suppressed' && value === '')).toBe(true);
        expect(smallUnpublished(csvCells)).toEqual([]);
        expect(recoverable(csvText)).toEqual([]);

        const trends = await exportSvg(page, 'Year-over-year trends', 'trends chart');
        expect(trends.name).toBe('occ_suppress-10_sample_trends_minor-victims_2008-2025_boston+albany+chicago.svg');
        const map = await exportSvg(page, 'Field-office map', 'field-office map');
        expect(map.name).toBe('occ_suppress-10_sample_office-map_minor-victims_XIII_all-offices.svg');
        for (const svg of [trends, map]) {
          const report = await svgFindings(inspector, svg.bytes.toString('utf8'));
          expect(report.parseErrors).toBe(0);
          expect(report.texts).toMatch(/Release mode: Counts 1–9 shown as <10/);
          expect(smallUnpublished(report.bars)).toEqual([]);
          expect(unpublished(officeNumbersInText(report.texts), published)).toEqual([]);
        }
        const trendsReport = await svgFindings(inspector, trends.bytes.toString('utf8'));
        expect(trendsReport.bars.some(([state, label]) => state === 'suppressed' && label === '<10')).toBe(true);

        const pack = await save(page, () => page.getByRole('button', { name: 'Download briefing pack' }).click());
        expect(pack.name).toBe('occ_suppress-10_sample_briefing-pack_2026-11-28.zip');
        const files = unzipSync(new Uint8Array(pack.bytes));
        const names = Object.keys(files);
        expect(names.filter((name) => name.endsWith('.svg'))).toHaveLength(3);
        for (const name of names) {
          const bytes = files[name];
          if (!bytes || name.endsWith('.png')) continue;
          const text = strFromU8(bytes);
          if (name.endsWith('.svg')) {
            const report = await svgFindings(inspector, text);
            expect(smallUnpublished(report.bars), name).toEqual([]);
            expect(unpublished(officeNumbersInText(report.texts), published), name).toEqual([]);
          } else {
            expect(unpublished(officeNumbersInText(text), published), name).toEqual([]);
            expect(text, name).toMatch(/Release mode: Counts 1–9 shown as <10/);
          }
          if (name.endsWith('.csv') && name.includes('offices-by-metric')) expect(recoverable(text), name).toEqual([]);
        }
        await inspector.close();
        expectNoPageProblems(session);
      },
      options,
    );
  });

  test('with published counts hidden too (suppress-published=yes), no office count from 1 to 9 at all', async () => {
    await withPage(
      browser,
      `${URL_PATH}&suppress-published=yes`,
      async (session) => {
        const { page } = session;
        await page.getByText(/^Release mode: Counts 1–9 shown as <10/).waitFor({ timeout: 15_000 });
        await expect.poll(() => page.getByRole('checkbox', { name: 'Published too' }).isChecked()).toBe(true);
        await scrollThroughPage(page);
        await page.getByText('Table of the figures').click();
        const found = await pageFindings(page);
        const small = (pairs: readonly (readonly [string | null, string])[]) => pairs.filter(([, text]) => SMALL.test(text.trim()));
        expect({
          officeCells: small(found.officeCells),
          officeBars: small(found.officeBars),
          twins: small(found.twins),
          headline: small(found.headline),
          mapTwin: small(found.mapTwin),
          sentences: officeNumbersInText(found.words),
        }).toEqual({ officeCells: [], officeBars: [], twins: [], headline: [], mapTwin: [], sentences: [] });
        expectNoPageProblems(session);
      },
      options,
    );
  });

  test('has no accessibility violations with release mode on', async () => {
    await withPage(
      browser,
      URL_PATH,
      async (session) => {
        const { page } = session;
        await page.getByText(/^Release mode: Counts 1–9 shown as <10/).waitFor({ timeout: 15_000 });
        await scrollThroughPage(page);
        await expectNoAxeViolations(page);
        expectNoPageProblems(session);
      },
      options,
    );
  });
});

