/**
 * Issue 13 in Chromium, against the production build under its CSP: an analyst's CSV, Excel and JSON
 * files through the file input and by a drop, each shown on the headline, the map and the tables and
 * found again after a reload; a rejected file listed by line while the previous dataset stays; a large
 * load cancelled; the dialog clean under axe; storage refused; a link to another browser's data; the
 * template and the data package; and no request that carries a value from a file.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPackageFromFiles } from '../../src/data/load-package';
import { validateImport } from '../../src/import/validate-import';
import { loadCommittedDataset } from '../published/committed-package';
import { expectNoAxeViolations, expectNoPageProblems, launchBrowser, scrollThroughPage, withPage } from './support/browser';
import { chooseFile, dropFile, minorVictims, resultsFiles } from './support/your-data-files';
import type { AnalystFile } from './support/your-data-files';
import { readPdf } from './support/pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const LOAD_DAY = new Date('2026-12-04T10:00:00');
const downloads = { contextOptions: { acceptDownloads: true, viewport: { width: 1366, height: 900 } } };

/** The page with the load date fixed (the app reads the day a file is loaded from the clock). */
async function fixDay(page: Page): Promise<void> {
  await page.clock.setFixedTime(LOAD_DAY);
}

async function waitForLocalDataset(page: Page, title: string): Promise<void> {
  await page.waitForURL(/[?&]dataset=local-/);
  await page.getByTestId('dataset-line').filter({ hasText: title }).waitFor();
}

async function expectPanelsShow(page: Page, denver: number, national: string): Promise<void> {
  await expect.poll(() => minorVictims(page)).toBe(`${national}more than ${national.replace('+', '')}`);
  const symbol = page.locator('.office-symbol[data-office-id="denver"]');
  const shown = denver.toLocaleString('en-US');
  await expect.poll(() => symbol.getAttribute('aria-label')).toContain(shown);
  const row = page.getByTestId('offices-table').locator('tr[data-office="denver"]');
  await expect.poll(() => row.textContent()).toContain(shown);
}

describe('your data', () => {
  test('CSV, JSON and Excel, through the file input and by a drop: every panel shows the file, a reload finds it, no request carries it', async () => {
    const sets = [
      { denver: 6029, sanJuan: 11, national: '6,040+', stem: 'denver-first' },
      { denver: 6031, sanJuan: 13, national: '6,044+', stem: 'denver-second' },
    ];
    await withPage(browser, '/', async (session) => {
      const { page } = session;
      const requests: string[] = [];
      page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
      await fixDay(page);
      await scrollThroughPage(page);
      const loaded: string[] = [];
      for (const [way, set] of sets.entries()) {
        for (const file of await resultsFiles(set.denver, set.sanJuan, set.stem)) {
          if (way === 0) await chooseFile(page, file);
          else await dropFile(page, file);
          await waitForLocalDataset(page, `${file.name}, loaded 4 Dec 2026`);
          await expectPanelsShow(page, set.denver, set.national);
          loaded.push(file.name);
        }
      }
      // The report says "Kept" once IndexedDB has the dataset; a reload before that would rightly lose it.
      await page.getByText(/^Kept in this browser/).waitFor();
      const url = page.url();
      await page.reload();
      await page.getByTestId('dataset-line').filter({ hasText: 'denver-second.xlsx, loaded 4 Dec 2026' }).waitFor();
      expect(page.url()).toBe(url);
      await scrollThroughPage(page);
      await expectPanelsShow(page, 6031, '6,044+');
      const choices = await page.getByLabel('Dataset').locator('optgroup[label="Your data (not published)"] option').allTextContents();
      expect(choices.sort()).toEqual(loaded.map((name) => `${name}, loaded 4 Dec 2026`).sort());
      // Every request the page made: none sends anything, none names a value of the files.
      expect(requests.filter((line) => !line.startsWith('GET '))).toEqual([]);
      const values = sets.flatMap((set) => [set.denver, set.sanJuan + set.denver]).map(String);
      expect(requests.filter((line) => values.some((value) => new RegExp(`(^|[^0-9a-zA-Z])${value}([^0-9a-zA-Z]|$)`).test(line)))).toEqual([]);
      expectNoPageProblems(session);
    });
  });

  test('a rejected file lists its problems by line, the previous dataset stays, and the dialog is clean under axe', async () => {
    await withPage(
      browser,
      '/?metric=traffickers',
      async (session) => {
        const { page } = session;
        await page.getByRole('article', { name: 'Minor victims', exact: true }).waitFor();
        const bad = 'edition,office,minor_victims\nXIII,Denvr,12.5\nXIII,<b>Denver</b>,-3\n';
        await chooseFile(page, { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
        const dialog = page.getByRole('dialog', { name: 'bad.csv was not loaded' });
        await dialog.waitFor();
        expect(await dialog.getByText(/^4 errors, 0 warnings and 0 notices\./).count()).toBe(1);
        const where = await dialog.locator('tbody tr td:first-child').allTextContents();
        expect(where).toEqual(['line 2, character 6', 'line 2, character 12', 'line 3, character 6', 'line 3, character 20']);
        expect(await dialog.locator('b').count()).toBe(0);
        expect(await dialog.getByText('<b>Denver</b>', { exact: true }).count()).toBe(1);
        await expectNoAxeViolations(page);
        const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download this list' }).click()]);
        expect(download.suggestedFilename()).toBe('occ_problems_bad.csv');
        const list = await readFile(await download.path(), 'utf8');
        expect(list).toContain('bad.csv,error,"line 2, character 12",2,12,,,minor_victims,12.5,');
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        expect(new URL(page.url()).search).toBe('?metric=traffickers');
        expect(await minorVictims(page)).toBe('59');
        expectNoPageProblems(session);
      },
      downloads,
    );
  });

  test('a large load is cancelled and leaves everything as it was', async () => {
    // 50 MB of rows full of errors: validating it takes seconds, so Cancel comes while it runs.
    const line = 'XIII,Gotham,x,12.5\n';
    const big = Buffer.from('edition,office,minor_victims,traffickers\n' + line.repeat(Math.floor(50_000_000 / line.length)));
    await withPage(browser, '/', async (session) => {
      const { page } = session;
      await page.getByRole('article', { name: 'Minor victims', exact: true }).waitFor();
      await chooseFile(page, { name: 'huge.csv', mimeType: 'text/csv', buffer: big });
      const dialog = page.getByRole('dialog', { name: 'Loading huge.csv' });
      await dialog.getByRole('progressbar').waitFor();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(new URL(page.url()).search).toBe('');
      expect(await minorVictims(page)).toBe('59');
      expectNoPageProblems(session);
    });
  });

  test('by keyboard alone: open, choose, map a column, load, dismiss, remove with confirmation', async () => {
    await withPage(browser, '/', async (session) => {
      const { page } = session;
      await fixDay(page);
      await page.getByRole('article', { name: 'Minor victims', exact: true }).waitFor();
      const focused = () => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
      const tabTo = async (name: string | RegExp, key = 'Tab') => {
        for (let i = 0; i < 40; i += 1) {
          const text = await focused();
          if (typeof name === 'string' ? text === name : name.test(text)) return;
          await page.keyboard.press(key);
        }
        throw new Error(`focus never reached ${String(name)}`);
      };
      await tabTo('Load your data');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Load your data' });
      await dialog.waitFor();
      const input = dialog.getByLabel('Choose a file (.csv, .xlsx or .json)');
      while (!(await input.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
      // The file input has the focus; the picker it opens is the system's, outside the page, so the file
      // is handed to the focused input as that picker would.
      await input.setInputFiles({ name: 'kids.csv', mimeType: 'text/csv', buffer: Buffer.from('Edition,Office,Kids found\nXIII,Denver,9\n') });
      const select = page.getByRole('combobox', { name: 'Read the column “Kids found” as' });
      await select.waitFor();
      while (!(await select.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Shift+Tab');
      await page.keyboard.type('Minor');
      expect(await select.inputValue()).toBe('minor-victims');
      await tabTo('Check the file with these columns');
      await page.keyboard.press('Enter');
      await waitForLocalDataset(page, 'kids.csv, loaded 4 Dec 2026');
      await expect.poll(() => minorVictims(page)).toBe('9+more than 9');
      await tabTo(/^Dismiss the report on kids\.csv/);
      await page.keyboard.press('Enter');
      await page.getByRole('region', { name: 'Loaded file' }).waitFor({ state: 'detached' });
      await tabTo('Remove this dataset');
      await page.keyboard.press('Enter');
      await expect.poll(focused).toBe('Keep it');
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toBe('Remove');
      await page.keyboard.press('Enter');
      await page.getByText(/^Removed “kids\.csv, loaded 4 Dec 2026” from this browser/).waitFor();
      await expect.poll(() => minorVictims(page)).toBe('59');
      expect(new URL(page.url()).search).toBe('');
      await expect.poll(() => page.getByLabel('Dataset').locator('optgroup').count()).toBe(0);
      expectNoPageProblems(session);
    });
  });

  test('with storage refused the dataset works for the session and the page says it is not kept', async () => {
    await withPage(browser, '/', async (session) => {
      const { page, context } = session;
      await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
      await page.reload();
      await fixDay(page);
      await page.getByRole('article', { name: 'Minor victims', exact: true }).waitFor();
      const [csv] = (await resultsFiles(6037, 2, 'unkept')) as [AnalystFile];
      await chooseFile(page, csv);
      await waitForLocalDataset(page, 'unkept.csv, loaded 4 Dec 2026');
      await page.getByText(/^Not kept: the browser does not let this page store data/).waitFor();
      await expect.poll(() => minorVictims(page)).toBe('6,039+more than 6,039');
      expectNoPageProblems(session);
    });
  });

  test('prints one page under the YOUR DATA mark, naming the file, without the bar’s controls', async () => {
    await withPage(browser, '/', async (session) => {
      const { page } = session;
      await fixDay(page);
      await page.getByRole('article', { name: 'Minor victims', exact: true }).waitFor();
      const [csv] = (await resultsFiles(6041, 3, 'printed')) as [AnalystFile];
      await chooseFile(page, csv);
      await waitForLocalDataset(page, 'printed.csv, loaded 4 Dec 2026');
      await expect.poll(() => minorVictims(page)).toBe('6,044+more than 6,044');
      const { pages, text } = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true, format: 'Letter' }));
      expect(pages).toBe(1);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('YOUR DATA — not published: figures from the file printed.csv, loaded 4 Dec 2026; not published by the FBI.');
      expect(flat).toContain('Sources of the figures shown: none published: the figures are from the file named above.');
      expect(flat).toContain('INTERNAL — NOT FOR RELEASE');
      for (const control of ['Remove this dataset', 'Download as data package', 'Dismiss', 'Load your data']) expect(flat).not.toContain(control);
      expectNoPageProblems(session);
    });
  });

  test('a link to a dataset kept in another browser shows the published figures with a notice', async () => {
    await withPage(browser, '/?dataset=local-elsewhere-0a1b2c3d', async (session) => {
      const { page } = session;
      await page.getByText(/was loaded from a file in another browser/).first().waitFor();
      await expect.poll(() => minorVictims(page)).toBe('59');
      await expect.poll(() => new URL(page.url()).search).toBe('');
      expectNoPageProblems(session);
    });
  });

  test('the templates validate as they are, and the data package loads as a dataset of the app’s format', async () => {
    const published = loadCommittedDataset();
    await withPage(
      browser,
      '/',
      async (session) => {
        const { page } = session;
        await fixDay(page);
        await page.getByRole('article', { name: 'Minor victims', exact: true }).waitFor();
        await page.getByRole('button', { name: 'Load your data' }).click();
        for (const name of ['Download a template (CSV)', 'Download a template (Excel)']) {
          const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
          const bytes = new Uint8Array(await readFile(await download.path()));
          const result = validateImport(bytes, published, { fileName: download.suggestedFilename(), loadedOn: '2026-12-04' });
          expect([download.suggestedFilename(), result.accepted, result.rows]).toEqual([download.suggestedFilename(), true, 56]);
          expect(download.suggestedFilename()).toMatch(/^occ_results-template_XIII\.(csv|xlsx)$/);
        }
        const [csv] = (await resultsFiles(6029, 11, 'denver-results')) as [AnalystFile];
        await page.getByLabel('Choose a file (.csv, .xlsx or .json)').setInputFiles(csv);
        await waitForLocalDataset(page, 'denver-results.csv, loaded 4 Dec 2026');
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as data package' }).click()]);
        expect(download.suggestedFilename()).toBe('occ_your-data-denver-results-loaded-2026-12-04_data-package.zip');
        const entries = unzipSync(new Uint8Array(await readFile(await download.path())));
        const folder = Object.keys(entries)[0]?.split('/')[0] ?? '';
        const files = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name.slice(folder.length + 1), strFromU8(bytes)]));
        const loaded = loadPackageFromFiles(files);
        expect(loaded.ok && loaded.dataset.observations.find((o) => o.place === 'denver' && o.metricId === 'minor-victims')?.value).toBe(6029);
        expect(files['README.txt']).toContain('not published by the FBI');
        expectNoPageProblems(session);
      },
      downloads,
    );
  });
});
