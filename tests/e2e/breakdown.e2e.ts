/**
 * The breakdown tables in real Chromium against the production build: sorting by mouse and keyboard,
 * search, the sticky header and first column, and the downloads — a CSV that holds exactly the rows on
 * screen (read back from the saved file, BOM and CRLF included) and a ZIP with its metadata and README.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/data/csv';
import { expectNoAxeViolations, expectNoPageProblems, launchBrowser, waitForNetworkIdle, withPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const PANEL = 'section[aria-labelledby="breakdown-title"]';
const downloadsAllowed = { contextOptions: { acceptDownloads: true } };

interface ScreenRow {
  label: string;
  /** `change` and `changeKind`: the short change under an edition's value and its comparison kind. */
  cells: { metric: string; display: string; state: string; detail: string; change: string; changeKind: string }[];
}

/** The rows of a table as a reader sees them: the row header and each value cell's visible text and state. */
async function screenRows(table: Locator): Promise<ScreenRow[]> {
  return table.locator('tbody tr[data-row]').evaluateAll((rows) =>
    rows
      .filter((row) => row.getAttribute('data-row') !== 'gap')
      .map((row) => ({
        label: row.querySelector('th')?.firstChild?.textContent?.trim() ?? '',
        cells: [...row.querySelectorAll('td[data-metric]')].map((td) => ({
          metric: td.getAttribute('data-metric') ?? '',
          display: td.querySelector('.breakdown-cell__value')?.textContent ?? '',
          state: td.getAttribute('data-state') ?? '',
          detail: td.querySelector('.breakdown-cell__detail')?.textContent ?? '',
          change: td.querySelector('.breakdown-cell__detail [aria-hidden="true"]')?.textContent ?? '',
          changeKind: td.querySelector('.breakdown-cell__detail [data-kind]')?.getAttribute('data-kind') ?? '',
        })),
      })),
  );
}

/** The tables load when the panel nears the viewport (a lazy chunk), as when a reader scrolls to them. */
async function scrollToTables(page: Page): Promise<void> {
  await page.locator(PANEL).scrollIntoViewIfNeeded();
}

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await saved.path();
  return { name: saved.suggestedFilename(), bytes: await readFile(path) };
}

/** "79+" → "79", "≈1,000" → "1000", "—" → "": the number a display shows, for comparing with the CSV. */
const digits = (display: string): string => display.replace(/[^0-9]/g, '');

const CHANGE_STATE_OF_KIND: Record<string, string[]> = {
  change: ['exact', 'approximate'],
  bounds: ['change-unknown'],
  'not-comparable': ['not-comparable'],
  'no-previous': ['first-figure'],
  '': ['not-reported'],
};

/**
 * The screen's short change ("about −58 (−8%)", "no change") read back as numbers, to compare with
 * the CSV's change, change percent and change state (the screen rounds the percentage to a whole one).
 */
function shownChange(text: string): { approximate: boolean; change: number; percent: number | null } | null {
  if (/^(about )?no change$/.test(text)) return { approximate: text.startsWith('about'), change: 0, percent: 0 };
  const match = /^(about )?([+−])([\d,]+)(?: \(([+−])(\d+)%\))?$/.exec(text);
  if (!match) return null;
  const signed = (sign: string | undefined, value: string): number => (sign === '−' ? -1 : 1) * Number(value.replaceAll(',', ''));
  return { approximate: match[1] !== undefined, change: signed(match[2], match[3] ?? ''), percent: match[5] === undefined ? null : signed(match[4], match[5]) };
}

describe('an analyst reads the numbers behind the charts', () => {
  test('sorts, searches and downloads a CSV that holds exactly the rows on screen', async () => {
    await withPage(browser, '/?edition=VI&offices=denver,anchorage', async (session) => {
      const { page } = session;
      const panel = page.locator(PANEL);
      const table = page.getByTestId('offices-table');
      await scrollToTables(page);
      await table.locator('tr[data-office="denver"]').waitFor();

      const minor = table.getByRole('button', { name: 'Minor victims' });
      await minor.click();
      await expect.poll(() => minor.locator('xpath=..').getAttribute('aria-sort')).toBe('descending');
      const caveat = await panel.getByTestId('offices-sort-caveat').textContent();
      expect(caveat).toContain('counts reflect each office’s participation and resources in a short operation');

      const file = await download(page, panel.getByRole('button', { name: 'Download CSV of the field-office table' }));
      expect(file.name).toBe('occ_published_offices-by-metric_VI.csv');
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = file.bytes.toString('utf8');
      // Every line ends with CRLF: no bare LF anywhere, and the file ends with one.
      expect(/(?<!\r)\n/.test(text)).toBe(false);
      expect(text.endsWith('\r\n')).toBe(true);

      const [header, ...records] = parseCsv(text).records.map((record) => record.fields);
      const notes = records.filter((fields) => fields[0]?.startsWith('Note: '));
      const data = records.filter((fields) => !fields[0]?.startsWith('Note: '));
      expect(notes.map((fields) => fields[0])).toEqual([`Note: ${caveat ?? ''}`]);

      const rows = await screenRows(table);
      expect(rows).toHaveLength(58);
      const columns = await table.locator('thead .sort-button__label').allTextContents();
      expect(header?.filter((_, i) => i === 0 || i % 4 === 1).slice(0, columns.length)).toEqual(['Office', ...columns.slice(1)]);
      expect(data.map((fields) => fields[0])).toEqual(rows.map((row) => row.label));
      rows.forEach((row, r) => {
        const fields = data[r] ?? [];
        row.cells.forEach((cell, m) => {
          expect([cell.metric, fields[1 + 4 * m]]).toEqual([cell.metric, digits(cell.display)]);
          expect([cell.metric, fields[3 + 4 * m]]).toEqual([cell.metric, cell.state]);
          // The coverage column holds the sum row's second line and is empty elsewhere.
          expect([cell.metric, fields[4 + 4 * m]]).toEqual([cell.metric, cell.detail]);
        });
      });
      // Not reported is an empty value in the file, never a 0.
      const anchorage = data.find((fields) => fields[0] === 'FBI Anchorage');
      expect(anchorage?.slice(1, 5)).toEqual(['', '', 'not-reported', '']);

      await panel.getByRole('searchbox', { name: 'Find an office' }).fill('san');
      await expect.poll(() => panel.getByText('Showing 4 of 56 offices').count()).toBe(1);
      const searched = await download(page, panel.getByRole('button', { name: 'Download CSV of the field-office table' }));
      expect(searched.name).toBe('occ_published_offices-by-metric_VI_search-san.csv');
      const searchedLabels = parseCsv(searched.bytes.toString('utf8')).records.map((record) => record.fields[0]);
      expect(searchedLabels.slice(1, 7)).toEqual([
        'National (as released)', 'Sum of the 4 offices shown', 'FBI San Francisco', 'FBI San Diego', 'FBI San Antonio', 'FBI San Juan',
      ]);
      expect((await screenRows(table)).map((row) => row.label)).toEqual(searchedLabels.slice(1, 7));

      await waitForNetworkIdle(page);
      await expectNoAxeViolations(page, { include: PANEL });
      expectNoPageProblems(session);
    }, downloadsAllowed);
  });

  test('downloads a ZIP with the CSV, the metadata and a README', async () => {
    await withPage(browser, '/?edition=XIII', async (session) => {
      const { page } = session;
      const panel = page.locator(PANEL);
      await scrollToTables(page);
      await page.getByTestId('offices-table').locator('tr[data-office="jacksonville"]').waitFor();
      const file = await download(page, panel.getByRole('button', { name: 'Download ZIP of the field-office table with metadata' }));
      expect(file.name).toBe('occ_published_offices-by-metric_XIII.zip');
      const files = unzipSync(new Uint8Array(file.bytes));
      expect(Object.keys(files)).toEqual(['README.txt', 'occ_published_offices-by-metric_XIII.csv', 'metadata.json']);
      const metadata = JSON.parse(strFromU8(files['metadata.json'] ?? new Uint8Array())) as {
        dataset: { id: string; version: string; asOf: string };
        view: { url: string; edition: string };
        sources: { id: string }[];
      };
      expect(metadata.dataset).toMatchObject({ id: 'published', asOf: '2026-11-28' });
      expect(metadata.view).toMatchObject({ url: page.url(), edition: 'XIII' });
      expect(metadata.sources.map((source) => source.id)).toEqual(['S62', 'S63', 'S64', 'S65', 'S66']);
      expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toContain('Each field office, OCC XIII (2023)');
      await expect.poll(() => panel.getByText('Saved occ_published_offices-by-metric_XIII.zip').count()).toBe(1);
      expectNoPageProblems(session);
    }, downloadsAllowed);
  });

  test('sorts the editions by keyboard, with gap years last, and downloads them in that order', async () => {
    await withPage(browser, '/', async (session) => {
      const { page } = session;
      const panel = page.locator(PANEL);
      const table = page.getByTestId('editions-table');
      await scrollToTables(page);
      await table.locator('tr[data-edition="XIII"]').waitFor();
      const traffickers = table.getByRole('button', { name: 'Traffickers' });
      await traffickers.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => traffickers.locator('xpath=..').getAttribute('aria-sort')).toBe('descending');
      await page.keyboard.press('Space');
      await expect.poll(() => traffickers.locator('xpath=..').getAttribute('aria-sort')).toBe('ascending');

      const labels = await table.getByRole('rowheader').allTextContents();
      expect(labels.slice(0, 2)).toEqual(['OCC III (2009)', 'OCC IV (2009)']);
      expect(labels.slice(-3)).toEqual(['OCC XII (2022)', '2024', '2025']);
      expect(await table.getByRole('row', { name: /^2011/ }).textContent()).toContain('No operation');

      const file = await download(page, panel.getByRole('button', { name: 'Download CSV of the editions table' }));
      expect(file.name).toBe('occ_published_editions-by-metric_2008-2025.csv');
      const records = parseCsv(file.bytes.toString('utf8')).records.map((record) => record.fields);
      const years = records.slice(1).filter((fields) => !fields[0]?.startsWith('Note: ')).map((fields) => fields[1]);
      expect(years).toEqual(labels.map((label) => /(\d{4})/.exec(label)?.[1]));
      expect(records.at(-1)?.[0]).toMatch(/^Note: Sorted by traffickers: editions differ/);

      // Each edition's values and changes, as numbers in the file and as text on screen. Per metric the
      // file has value, qualifier, state, change, change percent, compared with, change state, change note.
      const editionRecords = records.slice(1).filter((fields) => fields[0] !== '' && !fields[0]?.startsWith('Note: '));
      const rows = await screenRows(table);
      expect(editionRecords.map((fields) => fields[0])).toEqual(rows.map((row) => /^OCC (\w+)/.exec(row.label)?.[1]));
      let compared = 0;
      rows.forEach((row, r) => {
        const fields = editionRecords[r] ?? [];
        row.cells.forEach((cell, m) => {
          const [value, , state, change, changePercent, comparedWith, changeState, changeNote] = fields.slice(2 + 8 * m, 10 + 8 * m);
          const where = `${row.label} ${cell.metric}`;
          expect([where, value, state]).toEqual([where, digits(cell.display), cell.state]);
          expect([where, CHANGE_STATE_OF_KIND[cell.changeKind]?.includes(changeState ?? '')]).toEqual([where, true]);
          const shown = shownChange(cell.change);
          if (changeState === 'exact' || changeState === 'approximate') {
            compared += 1;
            expect([where, shown?.approximate, shown?.change]).toEqual([where, changeState === 'approximate', Number(change)]);
            if (changePercent === '') expect([where, shown?.percent]).toEqual([where, null]);
            else expect(Math.abs((shown?.percent ?? Number.NaN) - Number(changePercent)), where).toBeLessThanOrEqual(0.5);
            expect(comparedWith).toMatch(/^[IVX]+$/);
          } else {
            expect([where, change, changePercent, shown]).toEqual([where, '', '', null]);
          }
          // The only sentence left: the wording change behind a "not comparable".
          expect([where, changeNote === '']).toEqual([where, changeState !== 'not-comparable']);
        });
      });
      expect(compared).toBeGreaterThan(10);
      expectNoPageProblems(session);
    }, downloadsAllowed);
  });

  test('keeps the header row and the office column in view while the table scrolls, on a phone in dark mode', async () => {
    await withPage(
      browser,
      '/?dataset=sample&edition=XIII&offices=denver',
      async (session) => {
        const { page } = session;
        const table = page.getByTestId('offices-table');
        await scrollToTables(page);
        await table.locator('tr[data-office="denver"]').waitFor();
        const scroller = page.locator(`${PANEL} .breakdown__scroll`).first();
        const box = await scroller.boundingBox();
        await scroller.evaluate((element) => {
          element.scrollTo({ left: 400, top: 600 });
        });
        await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
        const corner = await table.locator('thead th').first().boundingBox();
        const officeHeader = await table.locator('tr[data-office="denver"] th').boundingBox();
        expect(Math.round(corner?.x ?? -1)).toBe(Math.round((box?.x ?? 0) + 1));
        expect(Math.round(corner?.y ?? -1)).toBe(Math.round((box?.y ?? 0) + 1));
        expect(Math.round(officeHeader?.x ?? -1)).toBe(Math.round((box?.x ?? 0) + 1));
        expect(await page.locator(PANEL).getByText('SAMPLE DATA').first().isVisible()).toBe(true);
        await expectNoAxeViolations(page, { include: PANEL });
        expectNoPageProblems(session);
      },
      { contextOptions: { viewport: { width: 360, height: 800 }, colorScheme: 'dark' } },
    );
  });
});
