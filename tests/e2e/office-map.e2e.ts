/**
 * The field-office map in real Chromium against the production build: 56 symbols for the sample
 * dataset, a click that selects Denver everywhere (URL included), the keyboard from Denver to
 * San Juan, tooltips, zoom, the outlines as a same-origin static asset loaded only when the map
 * comes near the viewport, and axe with the map on screen; and the panels off screen, which follow a
 * focus change made with the map on screen once the view settles or the reader scrolls to them.
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

const SAMPLE_XIII = '/?dataset=sample&edition=XIII';
const mapPanel = (page: Page) => page.getByRole('region', { name: 'Field-office map' });
const mapListbox = (page: Page) => page.getByRole('listbox', { name: /^Field offices, minor victims in XIII/ });
const symbol = (page: Page, id: string) => page.locator(`.office-symbol[data-office-id="${id}"]`);
const search = (page: Page) => new URL(page.url()).search;

/** Scrolls the map into view (its code and outlines load only then) and waits for its symbols. */
async function showMap(page: Page): Promise<void> {
  await mapPanel(page).scrollIntoViewIfNeeded();
  await page.getByRole('listbox', { name: /^Field offices, / }).waitFor();
  await waitForNetworkIdle(page);
}

describe('an analyst reads the field-office map', () => {
  test('shows 56 symbols, and a click on Denver selects it in the URL and the other panels', async () => {
    await withPage(browser, SAMPLE_XIII, async (session) => {
      const { page } = session;
      await showMap(page);
      expect(await mapListbox(page).getByRole('option').count()).toBe(56);
      expect(await page.getByTestId('office-map-coverage').textContent()).toMatch(/^3 of 56 offices reported/);

      await symbol(page, 'denver').hover();
      const tooltip = page.getByRole('tooltip');
      expect(await tooltip.textContent()).toMatch(/FBI Denver.*OCC XIII \(2023\)/);

      await symbol(page, 'denver').click();
      await expect.poll(() => search(page)).toBe('?dataset=sample&edition=XIII&offices=denver');
      expect(await symbol(page, 'denver').getAttribute('aria-selected')).toBe('true');
      expect(await page.getByRole('table', { name: /Selected field offices/ }).textContent()).toContain('FBI Denver');

      await waitForNetworkIdle(page);
      expectNoPageProblems(session);
      await expectNoAxeViolations(page);
    });
  });

  test('reaches San Juan from Denver with the arrow keys, and Escape clears the selection', async () => {
    await withPage(browser, `${SAMPLE_XIII}&offices=denver`, async (session) => {
      const { page } = session;
      await showMap(page);
      const listbox = mapListbox(page);
      await listbox.focus();
      // Entering the map lands on the office last selected.
      expect(await listbox.getAttribute('aria-activedescendant')).toBe('office-map-option-denver');
      const visited: string[] = [];
      for (let press = 0; press < 30; press += 1) {
        const active = (await listbox.getAttribute('aria-activedescendant')) ?? '';
        visited.push(active.replace('office-map-option-', ''));
        if (active === 'office-map-option-san-juan') break;
        await page.keyboard.press('ArrowRight');
      }
      expect(visited.at(-1)).toBe('san-juan');
      expect(await page.getByRole('tooltip').textContent()).toContain('FBI San Juan');
      await page.keyboard.press('Enter');
      await expect.poll(() => search(page)).toBe('?dataset=sample&edition=XIII&offices=denver,san-juan');
      await page.keyboard.press('Escape');
      await expect.poll(() => search(page)).toBe('?dataset=sample&edition=XIII');
      // One tab stop: Tab leaves the map for the office list.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('FBI Albany');
      expectNoPageProblems(session);
    });
  });

  test('zooms and resets with the buttons, at once when the reader prefers reduced motion', async () => {
    await withPage(
      browser,
      SAMPLE_XIII,
      async (session) => {
        const { page } = session;
        await showMap(page);
        const basemap = page.locator('.office-map__basemap');
        const denverBefore = await symbol(page, 'denver').locator('[data-part="mark"]').getAttribute('cx');
        await page.getByRole('button', { name: 'Zoom in' }).click();
        expect(await basemap.getAttribute('transform')).toMatch(/scale\(2\) translate/);
        // The zoomed map stays inside its frame: the buttons above it can still be clicked.
        await page.getByRole('button', { name: 'Zoom in' }).click();
        expect(await basemap.getAttribute('transform')).toMatch(/scale\(4\) translate/);
        const denverAfter = await symbol(page, 'denver').locator('[data-part="mark"]').getAttribute('cx');
        expect(denverAfter).not.toBe(denverBefore);
        // Symbols keep their size on screen while the map grows.
        expect(await symbol(page, 'denver').locator('[data-part="mark"]').getAttribute('r')).not.toBeNull();
        await page.getByRole('button', { name: 'Reset zoom' }).click();
        expect(await basemap.getAttribute('transform')).toMatch(/^translate\(0 0\) scale\(1\) translate/);
        expect(await symbol(page, 'denver').locator('[data-part="mark"]').getAttribute('cx')).toBe(denverBefore);
        expectNoPageProblems(session);
      },
      { contextOptions: { reducedMotion: 'reduce' } },
    );
  });

  test('gets its code and projected outlines with the page, from the app’s own origin, never inlined, and draws after the first view', async () => {
    await withPage(
      browser,
      SAMPLE_XIII,
      async (session) => {
        const { page, baseUrl } = session;
        await showMap(page);
        await waitForNetworkIdle(page);
        const timing = await page.evaluate(() => ({
          firstView: performance.getEntriesByName('occ:first-complete-view')[0]?.startTime ?? null,
          dashboard: performance.getEntriesByName('occ:dashboard-ready')[0]?.startTime ?? null,
          resources: performance.getEntriesByType('resource').map((entry) => entry.name),
        }));
        // The headline is on screen first; the map, whose code and outlines index.html preloads, after it.
        expect(timing.firstView).not.toBeNull();
        expect(timing.dashboard ?? 0).toBeGreaterThan(timing.firstView ?? Infinity);
        const outlines = timing.resources.filter((url) => url.includes('state-outlines'));
        expect(outlines).toHaveLength(1);
        expect(outlines[0]).toMatch(new RegExp(`^${baseUrl}/assets/state-outlines-[\\w-]+\\.json$`));
        // The outlines are projected already: the browser never fetches the 1:10m TopoJSON.
        expect(timing.resources.some((url) => url.includes('states-10m'))).toBe(false);
        const scripts = timing.resources.filter((name) => name.endsWith('.js'));
        // The map's code comes in the panels' chunk (scripts/chunk-groups.ts).
        expect(scripts.some((url) => /\/assets\/panels-[\w-]+\.js$/.test(url))).toBe(true);
        // No script carries the outlines themselves, only the asset's URL.
        for (const url of scripts) {
          const body = await page.evaluate(async (u) => (await fetch(u)).text(), url);
          expect(body.includes('"land":"m'), url).toBe(false);
        }
        expectNoPageProblems(session);
      },
      { contextOptions: { viewport: { width: 1366, height: 600 } } },
    );
  });
});

describe('the map in the dark and on a phone', () => {
  test('stays accessible in the dark colour scheme at 360 px', async () => {
    await withPage(
      browser,
      '/?edition=VI&offices=denver',
      async (session) => {
        const { page } = session;
        await showMap(page);
        expect(await page.getByRole('listbox', { name: /in VI: 36 of 56 offices reported/ }).getByRole('option').count()).toBe(56);
        expectNoPageProblems(session);
        await expectNoAxeViolations(page, { include: 'section[aria-labelledby="office-map-title"]' });
      },
      { contextOptions: { viewport: { width: 360, height: 740 }, colorScheme: 'dark' } },
    );
  });
});

describe('panels outside the viewport (issue 11)', () => {
  const shownEdition = (page: Page, selector: string) => page.locator(selector).getAttribute('data-view-edition');
  const focusEdition = (page: Page) => page.getByRole('form', { name: 'Filters' }).getByLabel('Focus edition', { exact: true });

  test('a focus change with the map on screen reaches the panels above and below once the view settles', async () => {
    await withPage(browser, SAMPLE_XIII, async (session) => {
      const { page } = session;
      await showMap(page);
      await page.waitForFunction(() => performance.getEntriesByName('occ:dashboard-ready').length > 0);
      // Changed through the DOM so nothing scrolls: the select sits in the filter bar at the top.
      await focusEdition(page).evaluate((select: HTMLSelectElement) => {
        select.value = 'XII';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      expect(await shownEdition(page, '.office-map')).toBe('XII');
      // No scroll: the trends above and the tables below catch up when the view has settled.
      await expect.poll(() => shownEdition(page, '.trends')).toBe('XII');
      await expect.poll(() => shownEdition(page, '.breakdown')).toBe('XII');
      await expect.poll(() => shownEdition(page, '.headline')).toBe('XII');
      expectNoPageProblems(session);
    });
  });

  test('the tables below, held while off screen, follow the reader who scrolls to them right after a change', async () => {
    await withPage(browser, SAMPLE_XIII, async (session) => {
      const { page } = session;
      await showMap(page);
      await page.waitForFunction(() => performance.getEntriesByName('occ:dashboard-ready').length > 0);
      // The change and the scroll in one task, so the view has no time to settle in between.
      const atScroll = await focusEdition(page).evaluate((select: HTMLSelectElement) => {
        select.value = 'XII';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const before = document.querySelector('.breakdown')?.getAttribute('data-view-edition');
        document.querySelector('#breakdown')?.scrollIntoView();
        return before;
      });
      // Held while off screen (the change painted the map alone)…
      expect(atScroll).toBe('XIII');
      // …and brought up to date once it scrolled into view (tests/ui/panel-visibility.test.tsx shows
      // that the scroll itself, not the settling time, is what lets go).
      await expect.poll(() => shownEdition(page, '.breakdown')).toBe('XII');
      expect(await page.locator('#breakdown h3').first().textContent()).toMatch(/OCC XII \(/);
      expectNoPageProblems(session);
    });
  });
});
