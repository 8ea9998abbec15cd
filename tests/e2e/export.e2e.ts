/**
 * Image export and the briefing pack in real Chromium, against the production build under its
 * Content-Security-Policy: PNGs at 1×, 2× and 4× (pixel-capped) with the pixel size the composition
 * promises (read from the PNG header) and real content (decoded in the page), the 1920 × 1080 slide,
 * an SVG that parses, embeds its font, names its sources and refers to nothing outside itself, the
 * map's PNG and SVG, and a briefing pack that holds every file. No console error, no CSP violation.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rasterSize } from '../../src/export/raster-scale';
import { expectNoAxeViolations, expectNoPageProblems, launchBrowser, scrollThroughPage, waitForNetworkIdle, withPage } from './support/browser';
import type { PageSession } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const downloadsAllowed = { contextOptions: { acceptDownloads: true, viewport: { width: 1366, height: 900 } } };
const TRENDS = { region: 'Year-over-year trends', subject: 'trends chart' };
const MAP = { region: 'Field-office map', subject: 'field-office map' };
type PanelName = typeof TRENDS;

interface Saved {
  name: string;
  bytes: Buffer;
}

/** The panel's Export button, once the panel offers something to export (it is aria-disabled until then). */
async function exportButton(page: Page, panel: PanelName): Promise<Locator> {
  const region = page.getByRole('region', { name: panel.region });
  await region.scrollIntoViewIfNeeded();
  const button = region.getByRole('button', { name: `Export ${panel.subject}` });
  await expect.poll(() => button.getAttribute('aria-disabled'), { timeout: 15_000 }).toBeNull();
  return button;
}

/** Opens the panel's Export menu, chooses `item`, and returns the downloaded file once the menu is free again. */
async function exportAs(page: Page, panel: PanelName, item: string): Promise<Saved> {
  const button = await exportButton(page, panel);
  await button.click();
  const region = page.getByRole('region', { name: panel.region });
  const [download] = await Promise.all([page.waitForEvent('download'), region.getByRole('menuitem', { name: item, exact: true }).click()]);
  await expect.poll(() => button.getAttribute('aria-disabled')).toBeNull();
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Width and height from the PNG header: the IHDR chunk's first eight bytes, at offsets 16–23. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The test's own look inside the files runs in a blank page of the same browser, not in the app's:
 * parsing an SVG that carries a <style> (its embedded fonts) inside the app's page would be reported
 * as a CSP violation of the app (no inline style), though only the test did it. The app's page itself
 * never parses or inserts that style: it draws the SVG as an image, where the style is the image's own.
 */
async function inspector(session: PageSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto('about:blank');
  // The app's page stays the one in front: a page in the background gets no animation frames.
  await session.page.bringToFront();
  return page;
}

/** Decodes the PNG and counts what is drawn: the corner, non-white pixels, the blue of the bars. */
function pixelSummary(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let nonWhite = 0;
    let seriesBlue = 0;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [pixels[i], pixels[i + 1], pixels[i + 2]];
      if (r < 250 || g < 250 || b < 250) nonWhite += 1;
      if (r === 0x00 && g === 0x72 && b === 0xb2) seriesBlue += 1;
      colours.add((r << 16) | (g << 8) | b);
    }
    const total = pixels.length / 4;
    return { corner: [...pixels.subarray(0, 4)], nonWhiteShare: nonWhite / total, seriesBlue, colours: colours.size };
  }, bytes.toString('base64'));
}

/** Parses the SVG with the browser's DOMParser and reports what a standalone file must (not) contain. */
function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const elements = [...doc.querySelectorAll('*')];
    const attributes = elements.flatMap((el) => [...el.attributes].map((a) => ({ element: el.localName, name: a.name, value: a.value })));
    const styles = [...doc.querySelectorAll('style')].map((s) => s.textContent).join('');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    return {
      parseErrors: doc.getElementsByTagName('parsererror').length,
      root: [doc.documentElement.localName, doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
      foreignObjects: doc.getElementsByTagName('foreignObject').length,
      scripts: doc.getElementsByTagName('script').length,
      links: attributes.filter((a) => /(^|:)href$|^src$/.test(a.name)).map((a) => `${a.element} ${a.name}`),
      // "http" outside text: only the SVG namespace may have it; CSS url()s must all be data: or #.
      httpAttributes: attributes.filter((a) => /https?:/i.test(a.value)).map((a) => a.name),
      externalUrls: [...(styles + attributes.map((a) => a.value).join(' ')).matchAll(/url\(\s*['"]?(?!data:|#)([^)'"]*)/g)].map((m) => m[1]),
      fontFaces: [...styles.matchAll(/@font-face\{[^}]*src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g)].map((m) => m[1]?.length ?? 0),
      background: doc.documentElement.querySelector(':scope > rect')?.getAttribute('fill'),
      sources: texts.find((t) => /^Sources?: /.test(t)) ?? null,
      texts,
    };
  }, svg);
}

async function expectStandaloneSvg(page: Page, svg: string) {
  const report = await inspectSvg(page, svg);
  expect(report.parseErrors).toBe(0);
  expect(report.root[0]).toBe('svg');
  expect(report.foreignObjects).toBe(0);
  expect(report.scripts).toBe(0);
  expect(report.links).toEqual([]);
  expect(report.httpAttributes).toEqual(['xmlns']);
  expect(report.externalUrls).toEqual([]);
  // Both weights of the Public Sans subset, each some kilobytes of base64.
  expect(report.fontFaces).toHaveLength(2);
  expect(Math.min(...report.fontFaces)).toBeGreaterThan(10_000);
  expect(report.background).toBe('#ffffff');
  return report;
}

describe('exporting the trends chart', () => {
  test('SVG stands alone; PNG at 1×, 2× and 4× has the promised pixel size and real content; the slide is 1920 × 1080', async () => {
    await withPage(
      browser,
      '/',
      async (session) => {
        const { page } = session;
        const checker = await inspector(session);
        const svg = await exportAs(page, TRENDS, 'SVG');
        expect(svg.name).toBe('occ_published_trends_minor-victims_2008-2025_national.svg');
        const report = await expectStandaloneSvg(checker, svg.bytes.toString('utf8'));
        expect(report.sources).toMatch(/^Sources: FBI National Press Office \(archive\), 25 Jun 2008, https:\/\/archives\.fbi\.gov\//);
        expect(report.texts).toContain('Minor victims recovered or identified, by edition');
        expect(report.root[1]).toBe('1200');
        const height = Number(report.root[2]);

        const png2 = await exportAs(page, TRENDS, 'PNG 2× (default)');
        expect(png2.name).toBe('occ_published_trends_minor-victims_2008-2025_national_2x.png');
        expect(pngSize(png2.bytes)).toEqual({ width: 2400, height: 2 * height });
        const pixels = await pixelSummary(checker, png2.bytes);
        expect(pixels.corner).toEqual([255, 255, 255, 255]);
        expect(pixels.nonWhiteShare).toBeGreaterThan(0.03);
        expect(pixels.seriesBlue).toBeGreaterThan(10_000);
        expect(pixels.colours).toBeGreaterThan(50);

        const png1 = await exportAs(page, TRENDS, 'PNG 1×');
        expect(pngSize(png1.bytes)).toEqual({ width: 1200, height });

        // 4× of a tall composition passes the 16.8-million-pixel cap: scaled down, and named so.
        const expected4 = rasterSize(1200, height, 4);
        const png4 = await exportAs(page, TRENDS, 'PNG 4×');
        expect(png4.name).toBe(`occ_published_trends_minor-victims_2008-2025_national_${String(expected4.scale)}x.png`);
        expect(pngSize(png4.bytes)).toEqual({ width: expected4.pixelWidth, height: expected4.pixelHeight });
        expect(expected4.pixelWidth * expected4.pixelHeight).toBeLessThanOrEqual(4096 * 4096);

        const slide = await exportAs(page, TRENDS, 'Slide 1920 × 1080 (PNG)');
        expect(slide.name).toBe('occ_published_trends_minor-victims_2008-2025_national_slide.png');
        expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
        expect((await pixelSummary(checker, slide.bytes)).seriesBlue).toBeGreaterThan(5_000);

        // The open menu, its status line ("Saved …") and the rest of the page stay axe clean.
        const button = await exportButton(page, TRENDS);
        await button.click();
        await page.getByRole('menu', { name: 'Export trends chart as' }).waitFor();
        await expectNoAxeViolations(page);
        await page.keyboard.press('Escape');
        expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
        expectNoPageProblems(session);
      },
      downloadsAllowed,
    );
  });
});

/** The JS files the page has fetched so far, by chunk name (`assets/panels-AbC1.js` → `panels`). */
async function scriptsFetched(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  const names = urls.map((url) => /\/assets\/(.+)-[\w-]{8}\.js$/.exec(new URL(url).pathname)?.[1]).filter((name) => name !== undefined);
  return [...new Set(names)].sort();
}

describe('the code the dashboard loads (scripts/chunk-groups.ts)', () => {
  test('the whole page in four scripts, none of them export code; the export code on the first export', async () => {
    await withPage(
      browser,
      '/',
      async (session) => {
        const { page } = session;
        await scrollThroughPage(page);
        await waitForNetworkIdle(page);
        // The three panels, the sources and the print footer arrive as one script, not fifteen.
        expect(await scriptsFetched(page)).toEqual(['index', 'panels', 'prefetch', 'rolldown-runtime']);
        const svg = await exportAs(page, TRENDS, 'SVG');
        expect(svg.name).toMatch(/\.svg$/);
        expect(await scriptsFetched(page)).toEqual(['export', 'index', 'panels', 'prefetch', 'rolldown-runtime']);
        expectNoPageProblems(session);
      },
      downloadsAllowed,
    );
  });
});

describe('exporting the field-office map', () => {
  test('SVG and PNG of the whole sample map, with SAMPLE DATA', async () => {
    await withPage(
      browser,
      '/?dataset=sample&edition=XIII&offices=denver',
      async (session) => {
        const { page } = session;
        const checker = await inspector(session);
        const svg = await exportAs(page, MAP, 'SVG');
        expect(svg.name).toBe('occ_sample_office-map_minor-victims_XIII_all-offices.svg');
        const report = await expectStandaloneSvg(checker, svg.bytes.toString('utf8'));
        expect(report.texts).toContain('SAMPLE DATA');
        expect(report.texts).toContain('3 of 56 offices reported, 53 with synthetic sample values');
        expect(report.sources).toMatch(/^Sources: /);
        expect(svg.bytes.toString('utf8')).not.toContain('class=');
        const height = Number(report.root[2]);

        const png = await exportAs(page, MAP, 'PNG 2× (default)');
        expect(png.name).toBe('occ_sample_office-map_minor-victims_XIII_all-offices_2x.png');
        expect(pngSize(png.bytes)).toEqual({ width: 2400, height: 2 * height });
        const pixels = await pixelSummary(checker, png.bytes);
        expect(pixels.corner).toEqual([255, 255, 255, 255]);
        expect(pixels.nonWhiteShare).toBeGreaterThan(0.1);
        expect(pixels.seriesBlue).toBeGreaterThan(1_000);
        expectNoPageProblems(session);
      },
      downloadsAllowed,
    );
  });
});

describe('the briefing pack', () => {
  test('one ZIP with the one-page summary and both charts as PNG and SVG, their alt text and both tables as CSV', async () => {
    await withPage(
      browser,
      '/?offices=denver',
      async (session) => {
        const { page } = session;
        const checker = await inspector(session);
        const button = page.getByRole('button', { name: 'Download briefing pack' });
        await button.focus();
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')]);
        expect(download.suggestedFilename()).toBe('occ_published_briefing-pack_2026-11-28.zip');
        await expect
          .poll(() => page.getByRole('status').filter({ hasText: /^Saved occ_published_briefing-pack/ }).textContent())
          .toBe('Saved occ_published_briefing-pack_2026-11-28.zip: 3 images as PNG and SVG with alt text, 2 tables as CSV.');

        const files = unzipSync(new Uint8Array(await readFile(await download.path())));
        expect(Object.keys(files)).toEqual([
          'summary.png',
          'summary.svg',
          'occ_published_trends_minor-victims_2008-2025_denver_2x.png',
          'occ_published_trends_minor-victims_2008-2025_denver.svg',
          'occ_published_office-map_minor-victims_XIII_all-offices_2x.png',
          'occ_published_office-map_minor-victims_XIII_all-offices.svg',
          'occ_published_offices-by-metric_XIII.csv',
          'occ_published_editions-by-metric_2008-2025.csv',
          'alt-text.txt',
        ]);
        // The summary keeps a fixed name (summary.png, summary.svg); the charts are named as their own exports.
        for (const [svgName, pngName] of [
          ['summary.svg', 'summary.png'],
          ...['occ_published_trends_minor-victims_2008-2025_denver', 'occ_published_office-map_minor-victims_XIII_all-offices'].map((name) => [`${name}.svg`, `${name}_2x.png`]),
        ]) {
          const svg = strFromU8(files[svgName ?? ''] ?? new Uint8Array());
          const report = await expectStandaloneSvg(checker, svg);
          expect(pngSize(Buffer.from(files[pngName ?? ''] ?? new Uint8Array()))).toEqual({ width: 2400, height: 2 * Number(report.root[2]) });
        }
        const summarySvg = await inspectSvg(checker, strFromU8(files['summary.svg'] ?? new Uint8Array()));
        expect(summarySvg.texts).toContain('Key figures at a glance, OCC XIII (2023)');
        const offices = files['occ_published_offices-by-metric_XIII.csv'] ?? new Uint8Array();
        expect([...offices.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(strFromU8(offices)).toContain('FBI Denver');
        const altText = strFromU8(files['alt-text.txt'] ?? new Uint8Array());
        expect(altText).toContain('summary.png\r\nsummary.svg\r\nKey figures at a glance, OCC XIII (2023). OCC XIII (2023) reported 59 minor victims');
        expect(altText).toContain('National minor victims, 2008–2025: 13 of 13 editions reported a figure');
        expect(altText).toContain('Minor victims by field office, OCC XIII (2023): 3 of 56 offices reported');
        expectNoPageProblems(session);
      },
      downloadsAllowed,
    );
  });
});
