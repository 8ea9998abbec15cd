/**
 * Leadership at a glance (issue 15), in Chromium against the production build: the summary, the seven
 * key figures and their sparklines on the first screen without scrolling, every card's wording and
 * sources reachable by keyboard, the folded filter bar on a phone, axe in light and dark, and the
 * printed page — one landscape page with the summary sentence and the sources.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, expectNoPageProblems, launchBrowser, waitForNetworkIdle, withPage } from './support/browser';
import { readPdf } from './support/pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const SCREENS = [
  { name: 'a laptop', width: 1366, height: 768 },
  { name: 'a desktop', width: 1920, height: 1080 },
  { name: 'a phone', width: 390, height: 844 },
] as const;

const cards = (page: Page) => page.locator('#headline article.headline-card');

/** The bottom edge of every element `selector` matches, in page pixels, with the page at its top. */
async function bottoms(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => element.getBoundingClientRect().bottom + window.scrollY),
  );
}

describe('the first screen', () => {
  for (const screen of SCREENS) {
    test(`on ${screen.name} (${screen.width}×${screen.height}) shows the summary, the seven figures and their trends without scrolling`, async () => {
      await withPage(
        browser,
        '/',
        async (session) => {
          const { page } = session;
          await cards(page).first().waitFor();
          await expect.poll(() => cards(page).count()).toBe(7);
          expect(await page.evaluate(() => window.scrollY)).toBe(0);
          const summary = await bottoms(page, '[data-testid="headline-summary"]');
          const faces = await bottoms(page, '#headline .headline-card__value');
          const sparklines = await bottoms(page, '#headline .sparkline');
          expect(sparklines).toHaveLength(7);
          for (const bottom of [...summary, ...faces, ...sparklines]) expect(bottom).toBeLessThanOrEqual(screen.height);
          // Each sparkline is an image named by its sentence over every edition.
          const names = await page.locator('#headline svg.sparkline').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-label') ?? ''));
          expect(names[0]).toMatch(/^National minor victims, 2008–2025: 13 of 13 editions reported a figure/);
          expectNoPageProblems(session);
        },
        { contextOptions: { viewport: { width: screen.width, height: screen.height } } },
      );
    });
  }

  test('every card’s wording and sources open by keyboard alone', async () => {
    await withPage(browser, '/', async ({ page }) => {
      await cards(page).first().waitFor();
      const opened: string[] = [];
      // Tab from the top of the page; each card's disclosure is reached in reading order.
      for (let presses = 0; presses < 60 && opened.length < 7; presses += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const element = document.activeElement;
          return element?.tagName === 'SUMMARY' && element.closest('.headline-card') ? (element.closest('article')?.getAttribute('data-metric') ?? '') : null;
        });
        if (focused === null) continue;
        await page.keyboard.press('Enter');
        const details = page.locator(`article[data-metric="${focused}"] details`);
        expect(await details.getAttribute('open')).not.toBeNull();
        opened.push(focused);
      }
      expect(opened).toEqual(['minor-victims', 'missing-children', 'adult-victims', 'total-victims', 'traffickers', 'exploitation-suspects', 'total-arrests']);
      const minor = page.locator('article[data-metric="minor-victims"] details');
      expect(await minor.textContent()).toContain('Release: “minor victims of child sex trafficking and sexual exploitation identified or located”');
      expect(await minor.getByRole('link', { name: /WSAW/ }).isVisible()).toBe(true);
      const adults = page.locator('article[data-metric="adult-victims"] details');
      expect(await adults.textContent()).toContain('No source: this figure was not reported.');
    });
  });

  test('on a phone the filters fold behind one button that says what is chosen', async () => {
    await withPage(
      browser,
      '/?dataset=sample&offices=denver',
      async ({ page }) => {
        const toggle = page.getByRole('button', { name: /Show filters/ });
        await expect.poll(async () => (await toggle.textContent()) ?? '').toContain('FBI Denver');
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await page.getByRole('form', { name: 'Filters' }).isVisible()).toBe(false);
        await toggle.focus();
        await page.keyboard.press('Enter');
        const hide = page.getByRole('button', { name: /Hide filters/ });
        expect(await hide.getAttribute('aria-expanded')).toBe('true');
        expect(await page.getByRole('form', { name: 'Filters' }).getByLabel('Metric', { exact: true }).isVisible()).toBe(true);
      },
      { contextOptions: { viewport: { width: 390, height: 844 } } },
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`passes axe in ${colorScheme}, details open`, async () => {
      await withPage(
        browser,
        '/?dataset=sample',
        async ({ page }) => {
          await cards(page).first().waitFor();
          await page.locator('article[data-metric="minor-victims"] summary').click();
          await waitForNetworkIdle(page);
          await expectNoAxeViolations(page);
        },
        { contextOptions: { viewport: { width: 1366, height: 768 }, colorScheme } },
      );
    });
  }
});

describe('the printed page', () => {
  test('is one landscape page with the title, the summary sentence, the figures, the sources and the link', async () => {
    await withPage(
      browser,
      '/?dataset=sample&edition=XII&offices=denver',
      async ({ page }) => {
        await page.waitForFunction(() => performance.getEntriesByName('occ:dashboard-ready').length > 0);
        const summary = (await page.getByTestId('headline-summary').textContent()) ?? '';
        // Chromium's PDF output, as Ctrl+P would print it (beforeprint included), in the dark scheme
        // on screen: paper is light.
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, format: 'A4' });
        const { pages, width, height, text } = await readPdf(pdf);
        expect(pages).toBe(1);
        expect(width).toBeGreaterThan(height);
        const flat = text.replace(/\s+/g, ' ');
        expect(flat).toContain('Cross Country Outcomes');
        expect(flat).toContain(summary.replace(/\s+/g, ' ').trim());
        expect(flat).toContain('SAMPLE DATA');
        expect(flat).toMatch(/Sources of the figures shown: S1 FBI National Press Office \(archive\), 25 Jun 2008;/);
        expect(flat).toMatch(/Reproduce this view: http:\/\/127\.0\.0\.1:\d+\/\?dataset=sample&edition=XII&offices=denver/);
        // No controls on paper.
        expect(flat).not.toContain('Download briefing pack');
        expect(flat).not.toContain('Show filters');
      },
      { contextOptions: { viewport: { width: 1366, height: 768 }, colorScheme: 'dark' } },
    );
  });
});
