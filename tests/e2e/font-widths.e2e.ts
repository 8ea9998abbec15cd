/**
 * The committed font-width table is what Chromium measures today: exports wrap text on it, so a
 * stale table (a new Public Sans version, a character added to the measured set, a hand edit) would
 * wrap every exported image differently from the font it embeds. Measures again with the script's
 * own code and compares the file it would write with the committed one.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  FONT_WIDTHS_FILE,
  FONT_WIDTHS_PATH,
  fontWidthsTable,
  measureFontWidths,
  measuredCharacters,
} from '../../scripts/lib/font-widths';
import { launchBrowser } from './support/browser';

/** The lines that differ, as `- committed` / `+ measured` pairs (the first 20 are shown). */
function changedLines(committed: string, measured: string): string[] {
  const before = committed.split('\n');
  const after = measured.split('\n');
  const changes: string[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i += 1) {
    if (before[i] !== after[i]) changes.push(`- ${before[i] ?? '(none)'}`, `+ ${after[i] ?? '(none)'}`);
  }
  return changes;
}

describe('font-width table', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test(`${FONT_WIDTHS_FILE} matches a fresh measurement of Public Sans`, async () => {
    const characters = measuredCharacters();
    const measured = fontWidthsTable(characters, await measureFontWidths(browser, characters));
    const committed = readFileSync(FONT_WIDTHS_PATH, 'utf8');
    expect(
      changedLines(committed, measured).slice(0, 20),
      `${FONT_WIDTHS_FILE} is stale: rerun \`npm run measure:font-widths\` (scripts/measure-font-widths.ts) and commit the table`,
    ).toEqual([]);
  });
});
