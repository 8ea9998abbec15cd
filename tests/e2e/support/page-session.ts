/**
 * A page opened on the served build, with collectors attached BEFORE navigation so nothing the page
 * does while booting is missed: console errors, uncaught page errors, CSP violations, requests that
 * leave the origin, and failed responses. Journeys assert on these lists at the end.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';
import { expect, inject } from 'vitest';

export interface PageSession {
  page: Page;
  context: BrowserContext;
  /** The document response of the first navigation (its headers carry the CSP). */
  response: Response | null;
  baseUrl: string;
  /** `console.error` calls and browser-logged errors, as "text (url:line)". */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** What the Content-Security-Policy blocked, as "directive blocked-uri". */
  cspViolations: string[];
  /** http(s)/ws(s) requests whose origin is not the served build's (docs/DESIGN.md §6: none may leave). */
  foreignRequests: string[];
  /** Responses with status ≥ 400 and requests that failed at the network level. */
  failedResponses: string[];
  close: () => Promise<void>;
}

export interface OpenPageOptions {
  /** Defaults to the URL the global setup provides. */
  baseUrl?: string;
  /** Passed to `browser.newContext`: viewport, colorScheme, reducedMotion, acceptDownloads, … */
  contextOptions?: BrowserContextOptions;
}

/** Name of the binding through which the page reports CSP violations to the test. */
const CSP_BINDING = '__e2eReportCspViolation';

function isForeign(url: string, origin: string): boolean {
  const parsed = new URL(url);
  // data: and blob: URLs never leave the machine; only network schemes can.
  return /^(https?|wss?):$/.test(parsed.protocol) && parsed.origin !== origin;
}

/** Listens for `securitypolicyviolation` in every document the context opens. */
async function collectCspViolations(context: BrowserContext, sink: string[]): Promise<void> {
  await context.exposeBinding(CSP_BINDING, (_source, text: string) => {
    sink.push(text);
  });
  await context.addInitScript((binding: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[binding];
      report?.(`${event.effectiveDirective} ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  }, CSP_BINDING);
}

/** Opens `path` (e.g. `/?metric=adults`) in a fresh context, so no state leaks between journeys. */
export async function openPage(browser: Browser, path = '/', options: OpenPageOptions = {}): Promise<PageSession> {
  const baseUrl = options.baseUrl ?? inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext(options.contextOptions);
  const session: PageSession = {
    page: await context.newPage(),
    context,
    response: null,
    baseUrl,
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
    failedResponses: [],
    close: () => context.close(),
  };
  await collectCspViolations(context, session.cspViolations);
  context.on('request', (request) => {
    if (isForeign(request.url(), origin)) session.foreignRequests.push(`${request.method()} ${request.url()}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) {
      session.failedResponses.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  context.on('requestfailed', (request) => {
    const errorText = request.failure()?.errorText ?? 'failed';
    // An aborted request is one the app cancelled on purpose (a superseded query), not a failure.
    if (errorText !== 'net::ERR_ABORTED') session.failedResponses.push(`${errorText} ${request.method()} ${request.url()}`);
  });
  session.page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    session.consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  session.page.on('pageerror', (error) => {
    session.pageErrors.push(error.stack ?? error.message);
  });
  try {
    session.response = await session.page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  } catch (error) {
    await context.close();
    throw error;
  }
  return session;
}

/** Opens a page, runs `journey`, and always closes the context, even when an assertion fails. */
export async function withPage(
  browser: Browser,
  path: string,
  journey: (session: PageSession) => Promise<void>,
  options: OpenPageOptions = {},
): Promise<void> {
  const session = await openPage(browser, path, options);
  try {
    await journey(session);
  } finally {
    await session.close();
  }
}

/** Waits until React has rendered something into #root. */
export async function waitForAppContent(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('#root > *').first().waitFor({ state: 'attached', timeout });
}

/** Waits until the page has had no network traffic for 500 ms (data and map geometry loaded). */
export async function waitForNetworkIdle(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout });
}

/**
 * Scrolls the whole page down a viewport at a time, as a reader would, until the bottom stays the
 * bottom (lazy panels load as they come near and make the page longer), then back to the top; and
 * waits for every lazy panel's content, so a check that follows sees the complete page.
 */
export async function scrollThroughPage(page: Page, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    if (atBottom) {
      await page.waitForTimeout(300);
      const stillAtBottom = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1);
      if (stillAtBottom) break;
    }
    if (Date.now() > deadline) throw new Error('the page kept growing while scrolling through it');
    await page.waitForTimeout(100);
  }
  // The trends chart, the map and both breakdown tables: the lazily loaded panels.
  await page.getByRole('region', { name: 'Year-over-year trends' }).getByRole('group', { name: /^National: / }).waitFor({ timeout });
  for (const testId of ['office-map-coverage', 'offices-table', 'editions-table']) await page.getByTestId(testId).waitFor({ timeout });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** One assertion over every collector, so a failure shows all that went wrong at once. */
export function expectNoPageProblems(session: PageSession): void {
  const { consoleErrors, pageErrors, cspViolations, foreignRequests, failedResponses } = session;
  expect({ consoleErrors, pageErrors, cspViolations, foreignRequests, failedResponses }).toEqual({
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
    failedResponses: [],
  });
}
