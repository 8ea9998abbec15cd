/**
 * Writes the committed font-width table (FONT_WIDTHS_FILE in scripts/lib/font-widths.ts) from a
 * fresh measurement of Public Sans in Chromium, and prints the kerning error on sample strings for
 * the record. Rerun after a font upgrade or when tests/e2e/font-widths.e2e.ts says the table is stale:
 *
 *   npm run measure:font-widths   (node_modules/.bin/tsx scripts/measure-font-widths.ts)
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium-path.mjs';
import { FONT_WIDTHS_FILE, FONT_WIDTHS_PATH, fontWidthsTable, measureFontWidths, measuredCharacters } from './lib/font-widths';

const executablePath = findChromium();
if (executablePath === null) throw new Error('Chromium not found: run node scripts/ensure-chromium.mjs');
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
try {
  const characters = measuredCharacters();
  const measured = await measureFontWidths(browser, characters);
  writeFileSync(FONT_WIDTHS_PATH, fontWidthsTable(characters, measured));
  console.log(`Wrote ${characters.length} widths per weight to ${FONT_WIDTHS_FILE}`);
  for (const sample of measured.samples) {
    const error = ((sample.summed - sample.whole) / sample.whole) * 100;
    console.log(`${sample.weight}: summed ${sample.summed.toFixed(0)} vs whole ${sample.whole.toFixed(0)} (${error.toFixed(2)}%) ${sample.text}`);
  }
} finally {
  await browser.close();
}
