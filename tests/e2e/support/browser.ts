/**
 * Browser helpers for the e2e journeys. Chromium is Debian's (no test tool may download a browser);
 * see scripts/ensure-chromium.mjs.
 *
 *   const browser = await launchBrowser();                  // beforeAll
 *   await withPage(browser, '/?metric=adults', async ({ page, ...session }) => { … });
 *   await browser.close();                                  // afterAll
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_COMMAND } from '../../../scripts/lib/chromium-path.mjs';

export { expectNoAxeViolations, axeViolationSummaries, AXE_TAGS, WCAG_TAGS, type AxeOptions } from './axe';
export {
  expectNoPageProblems,
  openPage,
  scrollThroughPage,
  waitForAppContent,
  waitForNetworkIdle,
  withPage,
  type OpenPageOptions,
  type PageSession,
} from './page-session';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === null) {
    throw new Error(`Chromium not found. Run \`node scripts/ensure-chromium.mjs\` (as root: ${INSTALL_COMMAND}).`);
  }
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}
