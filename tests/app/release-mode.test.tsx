/**
 * Release mode in the whole app (MSW node server): the filter bar's control writes `suppress=K`, the
 * page says what is withheld, and every panel reads the one suppressed model — the headline's office
 * list, the trends table, the map's table and the offices table show "<10" for the same cells.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generateSampleDataset } from '../../mocks/sample/generate-sample';
import { suppressionStatus } from '../../src/domain/suppression';
import { suppressCounts } from '../../src/domain/suppress-counts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackageFromFiles } from '../../src/data/load-package';
import { useMockServer } from '../support/mock-server';
import { currentRequest, renderApp } from '../support/render';

useMockServer();

// Two offices whose minor victims in OCC XIII (2023) are counts from 1 to 9, found the way the app finds them.
// (jsdom's import.meta.url is no file URL, so the committed package is read from the project folder.)
const packageDir = join(process.cwd(), 'public/data/published');
const loaded = loadPackageFromFiles(Object.fromEntries(readdirSync(packageDir).map((name) => [name, readFileSync(join(packageDir, name), 'utf8')])));
if (!loaded.ok) throw new Error('the committed package does not load');
const sample = generateSampleDataset(loaded.dataset);
const model = suppressCounts(sample, { threshold: 10 });
const small = sample.offices.filter((office) => suppressionStatus(model, { editionId: 'XIII', place: office.id, metricId: 'minor-victims' }) === 'primary');
const [first, second] = small;
if (!first || !second) throw new Error('the sample dataset has no small counts in OCC XIII');

describe('release mode', () => {
  it('shows "<10" for the same cells in the headline, the trends, the map and the offices table', async () => {
    renderApp(`?dataset=sample&suppress=10&offices=${first.id},${second.id}`);
    expect(await screen.findByText(/^Release mode: Counts 1–9 shown as <10/, {}, { timeout: 5000 })).toHaveAttribute('role', 'status');
    expect(screen.getByRole('checkbox', { name: 'Release mode' })).toBeChecked();

    const headline = await screen.findByRole('table', { name: /^Selected field offices/ }, { timeout: 5000 });
    for (const office of [first, second]) {
      expect(within(headline).getByRole('row', { name: new RegExp(office.name) })).toHaveTextContent('<10');
    }

    // The charts' table twin is built when its disclosure opens.
    await userEvent.click(await screen.findByText('Table of the figures', {}, { timeout: 5000 }));
    const trends = await screen.findByRole('table', { name: /by edition, 2008–2025: national and selected field offices/ });
    const xiii = trends.querySelector('tr[data-edition="XIII"]');
    const cells = [...(xiii?.querySelectorAll('td.trends-table__value') ?? [])];
    expect(cells.slice(1).map((cell) => [cell.getAttribute('data-state'), cell.querySelector('[aria-hidden]')?.textContent])).toEqual([
      ['suppressed', '<10'],
      ['suppressed', '<10'],
    ]);

    const map = await screen.findByRole('table', { name: /Minor victims by field office, OCC XIII \(2023\)/ }, { timeout: 5000 });
    const offices = await screen.findByTestId('offices-table', {}, { timeout: 5000 });
    for (const office of [first, second]) {
      expect(within(map).getByRole('row', { name: new RegExp(office.name) })).toHaveTextContent('<10');
      const cell = offices.querySelector(`tr[data-office="${office.id}"] [data-metric="minor-victims"]`);
      expect(cell).toHaveAttribute('data-state', 'suppressed');
      expect(cell?.querySelector('.breakdown-cell__value')).toHaveTextContent(/^<10$/);
    }
    // Every small count in the offices table is withheld: no cell of an office reads 1 to 9, but for
    // the published office figures (state "reported"), which are public and never hidden unless asked.
    const officeCells = [...offices.querySelectorAll('tr[data-row="office"] td.breakdown-cell')];
    const small = officeCells.filter((cell) => /^[1-9]$/.test(cell.querySelector('.breakdown-cell__value')?.textContent ?? ''));
    expect(small.length).toBeGreaterThan(0);
    expect(small.filter((cell) => cell.getAttribute('data-state') !== 'reported')).toEqual([]);
    expect(officeCells.filter((cell) => cell.getAttribute('data-state') === 'suppressed').length).toBeGreaterThan(10);
  }, 20_000);

  it('is switched on and off in the filter bar, and its threshold chosen there', async () => {
    const user = userEvent.setup();
    renderApp('?dataset=sample');
    const toggle = await screen.findByRole('checkbox', { name: 'Release mode' });
    const threshold = screen.getByRole('combobox', { name: /^Release mode threshold/ });
    expect(threshold).toBeDisabled();
    await user.click(toggle);
    await waitFor(() => expect(currentRequest().suppress).toBe(10));
    expect(await screen.findByText(/^Release mode: Counts 1–9 shown as <10/)).toBeInTheDocument();
    await user.selectOptions(threshold, '5');
    await waitFor(() => expect(window.location.search).toBe('?dataset=sample&suppress=5'));
    expect(await screen.findByText(/^Release mode: Counts 1–4 shown as <5/)).toBeInTheDocument();
    await user.click(toggle);
    await waitFor(() => expect(currentRequest().suppress).toBeNull());
    expect(screen.queryByText(/^Release mode: /)).not.toBeInTheDocument();
  }, 20_000);
});
