/**
 * The foundation's user journeys in real Chromium against the production build: the default view,
 * filters that live in the URL (reload, Back/Forward), the notice for an invalid parameter, the
 * office picker by keyboard, the sample dataset, and a source one click away.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  expectNoAxeViolations,
  expectNoPageProblems,
  launchBrowser,
  waitForNetworkIdle,
  withPage,
} from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const card = (page: Page, name: string) => page.getByRole('article', { name, exact: true });
const search = (page: Page) => new URL(page.url()).search;
/** A control of the filter bar (other panels have controls with similar names). */
const filter = (page: Page, label: string) =>
  page.getByRole('form', { name: 'Filters' }).getByLabel(label, { exact: true });

describe('leadership opens the page', () => {
  test('sees OCC XIII with 59 minor victims, the change from XII, and the source in one click', async () => {
    await withPage(browser, '/', async (session) => {
      const { page } = session;
      const minor = card(page, 'Minor victims');
      await expect.poll(() => minor.locator('.headline-card__value').textContent()).toBe('59');
      expect(await minor.textContent()).toContain('−25 (−30%) vs 84 in OCC XII (2022)');
      expect(await card(page, 'All victims').textContent()).toContain('200+');
      expect(await card(page, 'Adult victims').locator('.headline-card__value [aria-hidden]').textContent()).toBe('—');

      await minor.getByText('Sources (1)').click();
      const link = minor.getByRole('link', { name: /WSAW/ });
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toMatch(/^https:\/\/www\.wsaw\.com\//);

      await waitForNetworkIdle(page);
      expectNoPageProblems(session);
      await expectNoAxeViolations(page);
    });
  });
});

describe('an analyst filters', () => {
  test('choices go to the URL, survive a reload, and Back/Forward walk through them', async () => {
    await withPage(browser, '/', async (session) => {
      const { page } = session;
      await card(page, 'Minor victims').waitFor();
      await filter(page, 'Metric').selectOption('traffickers');
      await expect.poll(() => search(page)).toBe('?metric=traffickers');
      await filter(page, 'Focus edition').selectOption('VIII');
      await expect.poll(() => search(page)).toBe('?metric=traffickers&edition=VIII');
      await filter(page, 'From').selectOption('2010');
      await expect.poll(() => search(page)).toBe('?metric=traffickers&from=2010&edition=VIII');

      await page.reload();
      await expect.poll(() => filter(page, 'Metric').inputValue()).toBe('traffickers');
      await expect.poll(() => filter(page, 'Focus edition').inputValue()).toBe('VIII');
      await expect.poll(() => filter(page, 'From').inputValue()).toBe('2010');
      await expect.poll(() => page.getByTestId('headline-summary').textContent()).toContain('OCC VIII (2014) reported 281');

      await page.goBack();
      await expect.poll(() => search(page)).toBe('?metric=traffickers&edition=VIII');
      await expect.poll(() => filter(page, 'From').inputValue()).toBe('2008');
      await page.goBack();
      await expect.poll(() => filter(page, 'Focus edition').inputValue()).toBe('XIII');
      await page.goForward();
      await expect.poll(() => filter(page, 'Focus edition').inputValue()).toBe('VIII');
      expectNoPageProblems(session);
    });
  });

  test('picks field offices with the keyboard only', async () => {
    await withPage(browser, '/', async (session) => {
      const { page } = session;
      await card(page, 'Minor victims').waitFor();
      const picker = page.getByRole('combobox', { name: 'Field offices' });
      await picker.focus();
      await page.keyboard.type('den');
      await page.keyboard.press('Enter');
      await page.keyboard.type('san j');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await expect.poll(() => search(page)).toBe('?offices=denver,san-juan');
      const table = page.getByRole('table', { name: /Selected field offices/ });
      expect(await table.getByRole('rowheader').allTextContents()).toEqual(['FBI Denver', 'FBI San Juan']);
      await expectNoAxeViolations(page);
      expectNoPageProblems(session);
    });
  });

  test('a dataset that fails to load leaves the last good one on screen, and Back is not trapped', async () => {
    await withPage(browser, '/', async (session) => {
      const { page } = session;
      await page.route('**/data/sample/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
      await card(page, 'Minor victims').waitFor();
      await filter(page, 'Metric').selectOption('traffickers');
      await expect.poll(() => search(page)).toBe('?metric=traffickers');
      await filter(page, 'Dataset').selectOption('sample');
      const notice = page.locator('.notice__text').filter({ hasText: 'could not be loaded' });
      await notice.waitFor();
      expect(await notice.textContent()).toContain('The data server answered 404');
      await expect.poll(() => filter(page, 'Dataset').inputValue()).toBe('published');
      await expect.poll(() => search(page)).toBe('?metric=traffickers');
      expect(await card(page, 'Minor victims').locator('.headline-card__value').textContent()).toBe('59');

      await page.goBack();
      await expect.poll(() => search(page)).toBe('?metric=traffickers');
      await page.goBack();
      await expect.poll(() => search(page)).toBe('');
      await expect.poll(() => filter(page, 'Metric').inputValue()).toBe('minor-victims');
      // The 404s were the test's own doing; nothing else may have failed.
      expect(session.consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
    });
  });

  test('an invalid URL value is dropped with a notice naming it', async () => {
    await withPage(browser, '/?metric=bogus&edition=2011&offices=denver,gotham', async (session) => {
      const { page } = session;
      const notices = page.getByRole('status', { name: 'Notices about the view' });
      await expect.poll(() => notices.locator('.notice__text').allTextContents()).toEqual([
        'Unknown metric "bogus" in metric was ignored; showing the default metric.',
        '"2011" is not an edition (no operation that year); showing the latest edition.',
        'Unknown field office "gotham" in offices was ignored.',
      ]);
      await expect.poll(() => search(page)).toBe('?offices=denver');
      await notices.getByRole('button', { name: /Dismiss notice: Unknown metric/ }).click();
      await expect.poll(() => notices.locator('.notice').count()).toBe(2);
      await expectNoAxeViolations(page);
      expectNoPageProblems(session);
    });
  });
});

describe('the sample dataset', () => {
  test('offers full office detail under the SAMPLE DATA mark', async () => {
    await withPage(browser, '/?dataset=sample&edition=XIII&offices=denver', async (session) => {
      const { page } = session;
      const table = page.getByRole('table', { name: /Selected field offices/ });
      await table.waitFor();
      expect(await table.textContent()).toContain('SAMPLE DATA');
      expect(await page.getByTestId('dataset-line').textContent()).toContain('SAMPLE DATA');
      await expectNoAxeViolations(page);
      expectNoPageProblems(session);
    });
  });
});
