/**
 * The briefing deck in real Chromium, against the production build under its Content-Security-Policy:
 * "Download briefing deck (.pptx)" saves one PowerPoint file, named as the other exports are, that
 * opens as a ZIP of PowerPoint XML (tests/support/pptx.ts): a title slide with the dataset, the
 * filters and the summary sentence the page shows, then one 16:9 slide per image of the briefing
 * pack, each a single 1920 × 1080 picture whose alt text is that chart's summary sentence as the page
 * says it, with the sources in the slide's notes. The PowerPoint library arrives only after the
 * click (its own chunk), runs without eval, and sends no request anywhere.
 *
 * With E2E_DECK_DIR set, the deck, the first chart slide's picture and the title slide's text are
 * also written there, for a person to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPptx } from '../support/pptx';
import type { PptxFile } from '../support/pptx';
import { expectNoPageProblems, launchBrowser, withPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const DECK_NAME = 'occ_published_briefing-deck_2026-11-28.pptx';
/** The dataset, its version and its as-of date, as every export's footer says them. */
const DATASET_LINE = 'Data as of 28 Nov 2026 · Operation Cross Country — published results, version 1.0.0';
/** The deck's entry chunk, which alone holds pptxgenjs and JSZip (scripts/lib/tool-chunks.mjs). */
const DECK_CHUNK = /\/assets\/run-briefing-deck-[\w-]+\.js$/;

/** The sentences the page itself shows: the headline's, the national trend's and the map's. */
async function pageSentences(page: Page) {
  const text = async (selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();
  await page.getByRole('region', { name: 'Year-over-year trends' }).getByRole('group', { name: /^National: / }).waitFor({ timeout: 15_000 });
  await page.locator('#office-map-summary').waitFor({ timeout: 15_000 });
  await page.locator('.sources__list li').first().waitFor({ timeout: 15_000 });
  return {
    // The Sources panel: each source of the focus edition's figures, as "outlet, date".
    focusSources: await page
      .locator('.sources__list .source-citation')
      .evaluateAll((citations) =>
        citations.map((citation) => {
          const outlet = citation.querySelector('a, span:not(.source-citation__id)')?.firstChild?.textContent ?? '';
          return `${outlet.trim()}, ${citation.querySelector('time')?.textContent ?? ''}`;
        }),
      ),
    headline: await text('[data-testid="headline-summary"]'),
    national: await text('figure[data-place="national"] .trend-chart__summary'),
    map: await text('#office-map-summary'),
  };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function saveForPeople(deck: PptxFile, bytes: Uint8Array): void {
  const dir = process.env.E2E_DECK_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, DECK_NAME), bytes);
  deck.slides.slice(1).forEach((slide, i) => {
    const media = slide.pictures[0]?.media;
    if (media) writeFileSync(join(dir, `deck-slide-${String(i + 1)}.png`), media);
  });
  const [title] = deck.slides;
  writeFileSync(join(dir, 'deck-title-slide.txt'), `${(title?.texts ?? []).join('\n')}\n\n--- notes ---\n${title?.notes ?? ''}\n`);
}

describe('the briefing deck', () => {
  test('a .pptx of a title slide and one slide per chart, with alt text and sources in the notes', async () => {
    await withPage(
      browser,
      '/?offices=denver',
      async (session) => {
        const { page } = session;
        const requested: string[] = [];
        page.on('request', (request) => requested.push(new URL(request.url()).pathname));
        const said = await pageSentences(page);
        expect(said.headline).toMatch(/^OCC XIII \(2023\) reported 59 minor victims/);
        // Everything on screen, and still no PowerPoint code: it is asked for by the click alone.
        expect(requested.filter((path) => DECK_CHUNK.test(path))).toEqual([]);

        const button = page.getByRole('button', { name: 'Download briefing deck (.pptx)' });
        await button.focus();
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), page.keyboard.press('Enter')]);
        expect(download.suggestedFilename()).toBe(DECK_NAME);
        // The app's export naming: occ_<dataset>_<what>_<as-of>.<ext>, as the pack's occ_published_briefing-pack_2026-11-28.zip.
        expect(download.suggestedFilename()).toMatch(/^occ_[a-z0-9-]+_briefing-deck_\d{4}-\d{2}-\d{2}\.pptx$/);
        await expect
          .poll(() => page.getByRole('status').filter({ hasText: /^Saved occ_published_briefing-deck/ }).textContent())
          .toBe(`Saved ${DECK_NAME}: a title slide and 3 chart slides, each chart with its alt text and its sources in the notes.`);
        expect(requested.filter((path) => DECK_CHUNK.test(path))).toHaveLength(1);

        const bytes = new Uint8Array(await readFile(await download.path()));
        const deck = readPptx(bytes);
        saveForPeople(deck, bytes);
        expect(deck.slideSize).toEqual({ cx: 9144000, cy: 5143500 });
        // The title slide, then the summary, the trends and the map: the briefing pack's images, in its order.
        expect(deck.slides).toHaveLength(1 + 3);

        const [title, summary, trends, map] = deck.slides;
        expect(title?.pictures).toEqual([]);
        expect(title?.texts).toContain(said.headline);
        expect(title?.texts).toContain(DATASET_LINE);
        expect(title?.texts).toContain('Field offices: FBI Denver');
        expect(title?.texts).toContain('Focus edition: OCC XIII (2023)');
        expect(title?.texts).not.toContain('SAMPLE DATA');

        // Each chart's alt text is the sentence its panel shows (the trends add the offices drawn beside the nation).
        expect(summary?.pictures[0]?.descr).toBe(said.headline);
        const trendsAlt = trends?.pictures[0]?.descr ?? '';
        expect(trendsAlt.startsWith(`${said.national} Also shown, `)).toBe(true);
        expect(trendsAlt).toMatch(/ y-scale: FBI Denver \([^)]+\)\.$/);
        expect(map?.pictures[0]?.descr).toBe(said.map);
        for (const slide of [summary, trends, map]) {
          expect(slide?.texts).toEqual([]);
          expect(slide?.pictures).toHaveLength(1);
          expect(pngSize(slide?.pictures[0]?.media ?? new Uint8Array())).toEqual({ width: 1920, height: 1080 });
          const notes = slide?.notes.split('\r\n') ?? [];
          expect(notes[0]).toBe('Sources:');
          const cited = notes.slice(1, notes.indexOf(''));
          expect(cited.length).toBeGreaterThan(0);
          // "• outlet, date, link", as the exports' footers cite them.
          for (const line of cited) expect(line).toMatch(/^• .+, (?:\d{1,2} )?(?:[A-Z][a-z]{2} )?\d{4}(?:, https?:\/\/\S+)?$/);
          expect(notes).toContain(DATASET_LINE);
          expect(notes.at(-1)).toMatch(/^Reproduce this view: http:\/\/.+\?offices=denver/);
        }
        expect(trends?.notes).toContain('• FBI National Press Office (archive), 25 Jun 2008, https://archives.fbi.gov/');
        // The map shows the focus edition only: every source in its notes is one the Sources panel lists.
        const mapSources = (map?.notes.split('\r\n') ?? []).filter((line) => line.startsWith('• '));
        expect([said.focusSources.length > 0, mapSources.length > 0]).toEqual([true, true]);
        for (const line of mapSources) expect(said.focusSources.some((source) => line.startsWith(`• ${source}`)), line).toBe(true);
        expectNoPageProblems(session);
      },
      { contextOptions: { acceptDownloads: true, viewport: { width: 1366, height: 900 } } },
    );
  });
});
