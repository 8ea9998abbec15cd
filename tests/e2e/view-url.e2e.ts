/**
 * Every view option a reader can change is in the URL, in real Chromium against the production build:
 * a change writes its parameter, a link with the parameter reproduces the view after a fresh load,
 * and the link an export prints is that same URL, so it reproduces the exported view too.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoPageProblems, launchBrowser, withPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const search = (page: Page) => new URL(page.url()).search;
const region = (page: Page, name: string) => page.getByRole('region', { name });
const officesTable = (page: Page) => page.getByTestId('offices-table');
const editionsTable = (page: Page) => page.getByTestId('editions-table');
const sortOf = (table: Locator, column: string) => table.getByRole('button', { name: column, exact: true }).locator('xpath=ancestor::th').getAttribute('aria-sort');
const officeNames = (table: Locator) => table.locator('tbody tr[data-row="office"] th').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent?.trim() ?? ''));

/** The tables' chunk loads when the panel nears the viewport, as when a reader scrolls to it. */
async function showTables(page: Page): Promise<void> {
  await region(page, 'Breakdown tables').scrollIntoViewIfNeeded();
  await officesTable(page).waitFor();
}

/** A fresh page at the same URL: what a colleague sees who opens the shared link. */
async function reopen(page: Page, url: string): Promise<Page> {
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  return fresh;
}

describe('a shared link reproduces every view option', () => {
  test('the trends’ office scale', async () => {
    await withPage(browser, '/?offices=denver,phoenix', async (session) => {
      const { page } = session;
      const trends = region(page, 'Year-over-year trends');
      await trends.scrollIntoViewIfNeeded();
      await trends.getByRole('radio', { name: /Each its own/ }).check();
      await expect.poll(() => search(page)).toBe('?offices=denver,phoenix&scale=independent');

      const shared = await reopen(page, page.url());
      const sharedTrends = region(shared, 'Year-over-year trends');
      await sharedTrends.scrollIntoViewIfNeeded();
      await expect.poll(() => sharedTrends.getByRole('radio', { name: /Each its own/ }).isChecked()).toBe(true);
      expectNoPageProblems(session);
    });
  });

  test('the tables’ columns, both sorts, the search and "only selected"', async () => {
    await withPage(browser, '/?edition=VI&offices=denver,dallas', async (session) => {
      const { page } = session;
      await showTables(page);
      const panel = region(page, 'Breakdown tables');
      await panel.getByLabel('Columns', { exact: true }).selectOption('all');
      await officesTable(page).getByRole('button', { name: 'Traffickers', exact: true }).click();
      await editionsTable(page).getByRole('button', { name: 'Minor victims', exact: true }).click();
      await panel.getByRole('searchbox', { name: 'Find an office' }).fill('d');
      await panel.getByRole('checkbox', { name: /Show only selected offices/ }).check();
      await expect.poll(() => search(page)).toBe(
        '?edition=VI&offices=denver,dallas&columns=all&office-sort=-traffickers&edition-sort=-minor-victims&search=d&rows=selected',
      );
      const before = await officeNames(officesTable(page));
      expect(before).toEqual(['FBI Denver', 'FBI Dallas']);

      const shared = await reopen(page, page.url());
      await showTables(shared);
      const sharedPanel = region(shared, 'Breakdown tables');
      expect(await sharedPanel.getByLabel('Columns', { exact: true }).inputValue()).toBe('all');
      expect(await sortOf(officesTable(shared), 'Traffickers')).toBe('descending');
      expect(await sortOf(editionsTable(shared), 'Minor victims')).toBe('descending');
      expect(await sharedPanel.getByRole('searchbox', { name: 'Find an office' }).inputValue()).toBe('d');
      expect(await sharedPanel.getByRole('checkbox', { name: /Show only selected offices/ }).isChecked()).toBe(true);
      expect(await officeNames(officesTable(shared))).toEqual(before);
      expect(await officesTable(shared).getByRole('columnheader').count()).toBe(await officesTable(page).getByRole('columnheader').count());
      expectNoPageProblems(session);
    });
  });

  test('Back undoes a sort, and a search is one history entry however many letters it has', async () => {
    await withPage(browser, '/', async (session) => {
      const { page } = session;
      await showTables(page);
      await officesTable(page).getByRole('button', { name: 'Minor victims', exact: true }).click();
      await expect.poll(() => search(page)).toBe('?office-sort=-minor-victims');
      await region(page, 'Breakdown tables').getByRole('searchbox', { name: 'Find an office' }).pressSequentially('san');
      await expect.poll(() => search(page)).toBe('?office-sort=-minor-victims&search=san');
      await page.goBack();
      await expect.poll(() => search(page)).toBe('');
      await expect.poll(() => sortOf(officesTable(page), 'Field office')).toBe('ascending');
      expectNoPageProblems(session);
    });
  });

  test('an export prints the link of the view it shows, options included', async () => {
    await withPage(
      browser,
      '/?offices=denver&scale=independent',
      async (session) => {
        const { page } = session;
        const trends = region(page, 'Year-over-year trends');
        await trends.scrollIntoViewIfNeeded();
        const button = trends.getByRole('button', { name: 'Export trends chart' });
        await expect.poll(() => button.getAttribute('aria-disabled')).toBeNull();
        await button.click();
        const [saved] = await Promise.all([page.waitForEvent('download'), trends.getByRole('menuitem', { name: 'SVG' }).click()]);
        const svg = await readFile(await saved.path(), 'utf8');
        expect(svg).toContain(`${new URL(page.url()).origin}/?offices=denver&amp;scale=independent`);
        expect(svg).toContain('each on its own y-scale');
        expectNoPageProblems(session);
      },
      { contextOptions: { acceptDownloads: true } },
    );
  });
});
