/**
 * Hostile data files in the built app, as a data host could serve them (the browser's requests are
 * answered with altered files): a table saved as Windows-1252 is rejected in the panels with the byte
 * and line to fix, never shown with replacement characters; and office names as long as the loader
 * allows wrap instead of widening the page, with the full name still on it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser, scrollThroughPage, waitForAppContent, waitForNetworkIdle, withPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const OFFICES_CSV = readFileSync(resolve(import.meta.dirname, '../../public/data/published/offices.csv'), 'utf8');

/**
 * Answers the published package's offices.csv with `body` instead of the file on the host, on a host
 * without the build's verified bundle (dataset.json), so the app reads and validates the tables.
 */
async function serveOffices(page: Page, body: Buffer): Promise<void> {
  await page.route('**/data/published/dataset.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.route('**/data/published/offices.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body }));
}

describe('a hostile data host', () => {
  test('a table saved as Windows-1252 is rejected with its byte and line, and no mojibake reaches the page', async () => {
    const text = OFFICES_CSV.replace('FBI Denver', 'FBI Montréal');
    // Every character below U+0100 as one byte, as a Windows-1252 editor saves it.
    const latin1 = Buffer.from(text, 'latin1');
    const offset = Buffer.byteLength(text.slice(0, text.indexOf('é')), 'latin1');
    const line = text.slice(0, offset).split('\r\n').length;
    const expected =
      `offices.csv, line ${line}: this file is not UTF-8 at byte ${offset + 1} (line ${line}): the byte 0xE9 does not start a ` +
      'valid UTF-8 character (text saved as Windows-1252 or Latin-1 looks like this); save it as UTF-8';

    await withPage(browser, '/', async ({ page }) => {
      await serveOffices(page, latin1);
      await page.reload();
      await waitForAppContent(page);
      const alert = page.getByRole('alert').filter({ hasText: 'was rejected: 1 problem.' }).first();
      await alert.waitFor();
      // The lazy panels load their code after the headline; each shows the same rejection.
      await waitForNetworkIdle(page);
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'was rejected: 1 problem.' }).count()).toBe(5);
      await alert.locator('summary').click();
      await alert.getByRole('listitem').first().waitFor();
      expect(await alert.getByRole('listitem').allTextContents()).toEqual([expected]);
      expect(await alert.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
      expect(await page.locator('body').textContent()).not.toContain('\uFFFD');
    });
  });

  test('a verified bundle that is not the one the build validated is not trusted: the tables are validated instead', async () => {
    const bundle = readFileSync(resolve(import.meta.dirname, '../../dist/data/published/dataset.json'), 'utf8');
    // The same file with one figure changed: its hash no longer matches what the build validated.
    const forged = bundle.replace('"editionId":"XIII","place":"national","metricId":"minor-victims","value":59', '"editionId":"XIII","place":"national","metricId":"minor-victims","value":590');
    expect(forged).not.toBe(bundle);
    await withPage(browser, '/', async ({ page }) => {
      const tables: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.csv')) tables.push(request.url());
      });
      await page.route('**/data/published/dataset.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: forged }));
      await page.reload();
      const minor = page.getByRole('article', { name: 'Minor victims', exact: true });
      await expect.poll(() => minor.locator('.headline-card__value').textContent()).toBe('59');
      expect(tables.length).toBe(7);
    });
  });

  test('office names of the longest length allowed wrap: the page is never wider than the window', async () => {
    const unbroken = `FBI${'Q'.repeat(197)}`;
    const spaced = `FBI ${'Extraordinarilylongword '.repeat(8)}`.slice(0, 200);
    const text = OFFICES_CSV.replace('FBI Denver', unbroken).replace('FBI Anchorage', spaced);
    for (const width of [1366, 360]) {
      await withPage(
        browser,
        '/?offices=denver,anchorage',
        async ({ page }) => {
          await serveOffices(page, Buffer.from(text, 'utf8'));
          await page.reload();
          await waitForAppContent(page);
          await scrollThroughPage(page);
          const layout = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
          expect([width, layout.scroll]).toEqual([width, layout.client]);
          // The full name stays on the page (and is the row header's accessible name).
          expect(await page.getByTestId('offices-table').getByRole('rowheader', { name: unbroken }).count()).toBe(1);
          await expectNoAxeViolations(page);
        },
        { contextOptions: { viewport: { width, height: 900 } } },
      );
    }
  });
});
