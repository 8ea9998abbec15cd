/**
 * Smoke test of the production build as a static host serves it: the page boots under the strict
 * CSP, stays on its own origin, logs no error and passes axe; and the host itself (scripts/serve.mjs)
 * behaves like the static hosts the README tells people to use.
 */
import { request } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../scripts/lib/csp.mjs';
import {
  expectNoAxeViolations,
  expectNoPageProblems,
  launchBrowser,
  scrollThroughPage,
  waitForAppContent,
  waitForNetworkIdle,
  withPage,
} from './support/browser';

const baseUrl = inject('baseUrl');

/** A GET with the path sent byte for byte: fetch() would normalise `..` away before sending. */
function getRaw(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The hashed module scripts the built index.html loads, in order: the small prefetch entry (async,
 * first in the head) and the app's entry, e.g. `/assets/index-AbC123.js`.
 */
async function moduleScriptPaths(): Promise<string[]> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const sources = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? '');
  expect(sources.length, 'dist/index.html has module scripts').toBeGreaterThan(0);
  return sources.map((src) => new URL(src, `${baseUrl}/`).pathname);
}

/** The app's entry script: the last module script of index.html. */
async function entryScriptPath(): Promise<string> {
  return (await moduleScriptPaths()).at(-1) ?? '';
}

describe('the home page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('renders under the strict CSP with no errors, no foreign requests and no axe violations', async () => {
    await withPage(browser, '/', async (session) => {
      expect(session.response?.status()).toBe(200);
      expect(session.response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      await waitForAppContent(session.page);
      await waitForNetworkIdle(session.page);
      expectNoPageProblems(session);
      await expectNoAxeViolations(session.page);
    });
  });
});

describe('the whole page with every lazy panel loaded', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  // Scrolled top to bottom first, so the trends, the map and the breakdown tables are in the page; then
  // axe runs on all of it, WCAG and best practice (landmark-unique among them), nothing excluded.
  test.each(['/', '/?dataset=sample&edition=XIII&offices=denver,anchorage'])('%s passes axe, best practices included', async (path) => {
    await withPage(browser, path, async (session) => {
      await waitForAppContent(session.page);
      await scrollThroughPage(session.page);
      await waitForNetworkIdle(session.page);
      await expectNoAxeViolations(session.page);
      expectNoPageProblems(session);
    });
  });
});

describe('the production build', () => {
  test('refers to its assets relatively, so it works from any folder of a static host', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    expect(html).toMatch(/<script[^>]+src="\.\/assets\//);
  });

  test('carries no msw code: no service worker file, no msw in any script', async () => {
    expect((await fetch(`${baseUrl}/mockServiceWorker.js`)).status).toBe(404);
    for (const path of await moduleScriptPaths()) {
      const script = await (await fetch(`${baseUrl}${path}`)).text();
      expect(script, path).not.toMatch(/mockServiceWorker|setupWorker|msw/);
    }
  });
});

describe('the static host (scripts/serve.mjs)', () => {
  test('sends every security header on documents, assets and errors', async () => {
    const responses = await Promise.all(
      ['/', await entryScriptPath(), '/assets/missing-file.js'].map((path) => fetch(`${baseUrl}${path}`)),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 404]);
    for (const response of responses) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name), `${name} on ${response.url}`).toBe(value);
      }
    }
  });

  test('serves index.html for client routes but 404 for a missing file', async () => {
    const route = await fetch(`${baseUrl}/offices/new-york`);
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await route.text()).toContain('id="root"');
    expect((await fetch(`${baseUrl}/data/no-such-table.csv`)).status).toBe(404);
  });

  test('never serves a file outside the build folder', async () => {
    for (const path of ['/..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json', '/.%2e/x.json']) {
      const { status, body } = await getRaw(path);
      expect(status, path).toBe(404);
      expect(body, path).toBe('Not Found\n');
    }
  });

  test('gzips text when asked and caches only hashed assets for good', async () => {
    const script = await fetch(`${baseUrl}${await entryScriptPath()}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(script.headers.get('content-encoding')).toBe('gzip');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await fetch(`${baseUrl}/`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(page.headers.get('content-encoding')).toBeNull();
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });
});
