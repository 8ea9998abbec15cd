/** The MSW Node server: the catalogue, both packages, and what each scenario does to them. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isScenarioName, scenarioFromSearch, scenarioHandlers, SLOW_DELAY_MS } from '../../mocks/scenarios';
import { loadPackageFromFiles, MANIFEST_FILE } from '../../src/data/load-package';
import type { Catalogue, Manifest, PackageParseResult } from '../../src/data/types';
import { useMockServer } from '../support/mock-server';

// jsdom's page origin: the app fetches `${origin}/data/...` in component tests.
const DATA = 'http://localhost:3000/data';

const server = useMockServer();
afterEach(() => {
  vi.useRealTimers();
});

async function fetchCatalogue(): Promise<Catalogue> {
  const response = await fetch(`${DATA}/catalogue.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as Catalogue;
}

/** Fetches a package the way the app does: the manifest, then each resource relative to it. */
async function fetchPackage(id: string): Promise<PackageParseResult> {
  const manifestUrl = new URL(`${DATA}/${id}/${MANIFEST_FILE}`);
  const manifestText = await (await fetch(manifestUrl)).text();
  const manifest = JSON.parse(manifestText) as Manifest;
  const files: Record<string, string> = { [MANIFEST_FILE]: manifestText };
  for (const resource of manifest.resources) {
    const response = await fetch(new URL(resource.path, manifestUrl));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    files[resource.path] = await response.text();
  }
  return loadPackageFromFiles(files);
}

const observationCount = (result: PackageParseResult): number => (result.ok ? result.dataset.observations.length : -1);

describe('the data handlers', () => {
  it('serve a catalogue of the published and the sample package', async () => {
    expect(await fetchCatalogue()).toEqual({
      datasets: [
        { id: 'published', title: 'Operation Cross Country — published results', kind: 'published', path: 'published/datapackage.json' },
        { id: 'sample', title: 'Sample data — synthetic office detail', kind: 'sample', path: 'sample/datapackage.json' },
      ],
    });
  });

  it('serve both packages so that they load', async () => {
    const catalogue = await fetchCatalogue();
    const manifest = await fetch(`${DATA}/${catalogue.datasets[0]?.path ?? ''}`);
    expect(manifest.headers.get('content-type')).toBe('application/json');
    const published = await fetchPackage('published');
    const sample = await fetchPackage('sample');
    expect(published.ok && published.dataset.manifest.kind).toBe('published');
    expect(sample.ok && sample.dataset.manifest.kind).toBe('sample');
    expect(observationCount(published)).toBeGreaterThan(200);
    expect(observationCount(sample)).toBeGreaterThan(observationCount(published) + 1000);
  });

  it('answer 404 for unknown paths under the data URL', async () => {
    expect((await fetch(`${DATA}/imported/datapackage.json`)).status).toBe(404);
    expect((await fetch(`${DATA}/published/nope.csv`)).status).toBe(404);
    expect((await fetch(`${DATA}/nope.json`)).status).toBe(404);
    expect((await fetch(`${DATA}/a/b/c.csv`)).status).toBe(404);
  });

  it('match on any origin in Node', async () => {
    expect((await fetch('http://127.0.0.1:5173/data/catalogue.json')).status).toBe(200);
  });
});

describe('the scenarios', () => {
  it('recognise their names', () => {
    expect(['slow', 'error', 'malformed', 'empty', 'large'].every(isScenarioName)).toBe(true);
    expect(isScenarioName('broken')).toBe(false);
    expect(scenarioFromSearch('?dataset=sample&scenario=large')).toBe('large');
    expect(scenarioFromSearch('?scenario=broken')).toBeNull();
    expect(scenarioFromSearch('')).toBeNull();
  });

  it('error: package files answer 500 with a plain body, the catalogue still loads', async () => {
    server.use(...scenarioHandlers('error'));
    expect((await fetchCatalogue()).datasets).toHaveLength(2);
    for (const path of ['published/datapackage.json', 'published/observations.csv', 'sample/editions.csv']) {
      const response = await fetch(`${DATA}/${path}`);
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe('Internal Server Error (mock scenario "error")');
    }
    expect((await fetch(`${DATA}/published/nope.csv`)).status).toBe(404);
  });

  it('malformed: the loader names the negative count, the non-number and the duplicate by line', async () => {
    for (const id of ['published', 'sample']) {
      // The duplicate is appended after the header and every valid row.
      const duplicateLine = observationCount(await fetchPackage(id)) + 2;
      server.use(...scenarioHandlers('malformed'));
      const result = await fetchPackage(id);
      server.resetHandlers();
      expect(result.ok).toBe(false);
      const issues = result.ok ? [] : result.issues;
      expect(issues.map((i) => [i.file, i.line, i.column])).toEqual([
        ['observations.csv', 2, 'value'],
        ['observations.csv', 3, 'value'],
        ['observations.csv', duplicateLine, null],
      ]);
      expect(issues[0]?.message).toContain('"-4" is negative');
      expect(issues[1]?.message).toContain('"twelve" is not a whole number');
      expect(issues[2]?.message).toContain('appears twice; first seen on line 4');
    }
  });

  it('empty: valid packages with no observations', async () => {
    server.use(...scenarioHandlers('empty'));
    for (const id of ['published', 'sample']) {
      const result = await fetchPackage(id);
      expect(result.ok ? result.dataset.observations : null).toEqual([]);
      expect(result.ok && result.dataset.editions.length).toBe(13);
    }
  });

  it('large: the sample package carries over 20,000 more observations and still loads', async () => {
    const plain = observationCount(await fetchPackage('sample'));
    server.use(...scenarioHandlers('large'));
    const large = await fetchPackage('sample');
    expect(large.ok).toBe(true);
    expect(observationCount(large) - plain).toBe(13 * 57 * 33);
    expect(observationCount(large)).toBeGreaterThanOrEqual(20_000);
    expect(observationCount(await fetchPackage('published'))).toBeLessThan(plain);
  });

  it(`slow: a data response arrives only after ${SLOW_DELAY_MS} ms`, async () => {
    server.use(...scenarioHandlers('slow'));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    let status = 0;
    const pending = fetch(`${DATA}/catalogue.json`).then((response) => {
      status = response.status;
    });
    await vi.advanceTimersByTimeAsync(SLOW_DELAY_MS - 1);
    expect(status).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(status).toBe(200);
  });
});
