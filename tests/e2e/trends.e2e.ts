/**
 * The trends panel in real Chromium against the production build: the keyboard path (Tab into the
 * chart, arrows, Enter makes the focus edition and the URL follows), the tooltip on hover, the gap
 * labels, small multiples at 360 px, reduced motion, and no accessibility or console problems.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, expectNoPageProblems, launchBrowser, waitForNetworkIdle, withPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const search = (page: Page) => new URL(page.url()).search;
const trends = (page: Page) => page.getByRole('region', { name: 'Year-over-year trends' });
const nationalChart = (page: Page) => trends(page).getByRole('group', { name: /^National: / });
const tooltip = (page: Page) => trends(page).getByRole('tooltip');
const TEN_OFFICES = 'denver,seattle,phoenix,chicago,albany,san-juan,anchorage,honolulu,miami,boston';

/** Presses Tab until the chart has focus: it must be reachable, as one stop, in the page's order. */
async function tabTo(page: Page, className: string): Promise<number> {
  for (let presses = 1; presses <= 80; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((name) => document.activeElement?.classList.contains(name) ?? false, className)) return presses;
  }
  throw new Error(`Tab never reached .${className}`);
}

describe('the trends by keyboard', () => {
  test('Tab reaches the chart, arrows move, Enter sets the focus edition and the URL, Escape closes', async () => {
    await withPage(browser, '/', async (session) => {
      const { page } = session;
      await nationalChart(page).waitFor();
      await tabTo(page, 'trend-chart__canvas');
      expect(await tooltip(page).textContent()).toContain('OCC XIII (2023)');

      await page.keyboard.press('ArrowLeft');
      const text = await tooltip(page).textContent();
      expect(text).toContain('OCC XII (2022)');
      expect(text).toContain('4 Aug 2022 – 14 Aug 2022');
      expect(text).toContain('84');
      expect(text).toContain('Release: “minor victims of child sex trafficking and sexual exploitation identified and located”');
      expect(text).toContain('Not comparable with OCC XI (2017)');
      expect(text).toContain('Sources: S53');

      await page.keyboard.press('Enter');
      await expect.poll(() => search(page)).toBe('?edition=XII');
      await expect.poll(() => page.getByTestId('headline-summary').textContent()).toMatch(/^OCC XII \(2022\) reported 84/);
      // The focus edition is highlighted: its tinted column slides there (motion is allowed here).
      const focus = nationalChart(page).locator('.trend-focus');
      await expect.poll(() => focus.count()).toBe(1);
      expect(await focus.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0.15s, 0.15s');

      await page.keyboard.press('Escape');
      await expect.poll(() => tooltip(page).count()).toBe(0);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('trend-chart__canvas'))).toBe(false);
      expectNoPageProblems(session);
    });
  });
});

describe('the trends by pointer', () => {
  test('hover shows the details; gaps are labelled, never zero', async () => {
    await withPage(browser, '/', async (session) => {
      const { page } = session;
      const chart = nationalChart(page);
      await chart.waitFor();
      await chart.scrollIntoViewIfNeeded();
      const bar = await chart.locator('.trend-bar[data-edition="VIII"] rect').first().boundingBox();
      if (!bar) throw new Error('OCC VIII has no bar');
      await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
      const text = await tooltip(page).textContent();
      expect(text).toContain('OCC VIII (2014)');
      expect(text).toContain('168');
      expect(text).toContain('Release: “children recovered”');
      expect(text).toContain('Scale: 54 field offices, 106 cities, 392 agencies');
      expect(text).toContain('Sources: S28');

      const gap2011 = chart.locator('[data-gap="no-operation"][data-years="2011-2011"] text');
      expect(await gap2011.textContent()).toBe('no operation');
      expect(await gap2011.isVisible()).toBe(true);
      expect(await chart.locator('[data-gap="no-operation"][data-years="2018-2021"]').textContent()).toBe('no operation');
      expect(await chart.locator('[data-gap="no-results-published"]').textContent()).toBe('no results published');
      expect(await chart.locator('.trend-bar').count()).toBe(13);

      await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height / 2);
      await expect.poll(() => search(page)).toBe('?edition=VIII');
      await waitForNetworkIdle(page);
      await expectNoAxeViolations(page);
      expectNoPageProblems(session);
    });
  });
});

describe('nation and offices', () => {
  test('ten sample offices as small multiples, readable at 360 px, axe clean with the table open', async () => {
    await withPage(
      browser,
      `/?dataset=sample&offices=${TEN_OFFICES}`,
      async (session) => {
        const { page } = session;
        await nationalChart(page).waitFor();
        await expect.poll(() => trends(page).locator('.trend-chart').count()).toBe(11);
        expect(await trends(page).getByRole('note', { name: 'Sample data' }).count()).toBeGreaterThan(0);
        // Nothing overflows the narrow screen sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        await trends(page).getByText('Table of the figures').click();
        const table = trends(page).getByRole('table', { name: /by edition, 2008–2025: national and selected field offices/ });
        // Edition, National, ten offices, the release wording.
        await expect.poll(() => table.getByRole('columnheader').count()).toBe(13);
        await trends(page).getByRole('radio', { name: /Each its own/ }).check();
        await waitForNetworkIdle(page);
        await expectNoAxeViolations(page);
        expectNoPageProblems(session);
      },
      { contextOptions: { viewport: { width: 360, height: 800 } } },
    );
  });

  test('dark colour scheme and reduced motion', async () => {
    await withPage(
      browser,
      '/?metric=total-victims',
      async (session) => {
        const { page } = session;
        const chart = nationalChart(page);
        await chart.waitFor();
        const focus = chart.locator('.trend-focus');
        expect(await focus.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
        expect(await chart.locator('.trend-bar[data-state="not-reported"]').first().textContent()).toBe('—');
        await expectNoAxeViolations(page);
        expectNoPageProblems(session);
      },
      { contextOptions: { colorScheme: 'dark', reducedMotion: 'reduce' } },
    );
  });
});
