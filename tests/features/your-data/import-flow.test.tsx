/**
 * The import as a reader meets it, in the whole app (jsdom, MSW): Load your data, a file chosen, its
 * problems listed as text, an accepted file on every panel with the YOUR DATA mark, the mapping step
 * by keyboard. jsdom has no Web Worker and no IndexedDB: the worker's handle is replaced by one that
 * validates in the page with the same validator, and storage is "refused" — which is the session-only
 * path, tested here on purpose.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useLoadRequests } from '../../../src/features/your-data/load-requests';
import { currentRequest, renderApp } from '../../support/render';
import { useMockServer } from '../../support/mock-server';

vi.mock('../../../src/workers/run-import', async () => {
  const { validateImport } = await import('../../../src/import/validate-import');
  type Job = import('../../../src/workers/import-protocol').ImportJob;
  return {
    warmImportWorker: () => undefined,
    runImport: (job: Job, onProgress: (progress: { kind: 'reading'; read: number; total: number }) => void) => {
      const outcome = job.file.arrayBuffer().then((buffer) => {
        onProgress({ kind: 'reading', read: buffer.byteLength, total: buffer.byteLength });
        const options = { fileName: job.file.name, loadedOn: job.loadedOn, columnMapping: job.columnMapping, datasetId: 'local-test-00000000' };
        return { kind: 'result' as const, result: validateImport(new Uint8Array(buffer), job.published, options) };
      });
      return { outcome, cancel: () => undefined };
    },
  };
});

useMockServer();

const csvFile = (text: string, name: string) => new File([text], name, { type: 'text/csv' });

async function openDialog() {
  useLoadRequests.setState({ request: null, report: null });
  renderApp();
  await screen.findByRole('article', { name: 'Minor victims' });
  await userEvent.click(screen.getByRole('button', { name: 'Load your data' }));
  // The first open fetches (here: transforms) the import's chunk.
  return screen.findByLabelText('Choose a file (.csv, .xlsx or .json)', {}, { timeout: 10_000 });
}

describe('loading your data', { timeout: 30_000 }, () => {
  it('lists every problem of a rejected file as text, and changes nothing', async () => {
    const input = await openDialog();
    await userEvent.upload(input, csvFile('edition,office,minor_victims\nXIII,<img src=x onerror=alert(1)>,12.5\n', 'bad.csv'));
    await screen.findByRole('heading', { name: 'bad.csv was not loaded' }, { timeout: 5_000 });
    expect(screen.getByText(/^2 errors, 0 warnings and 0 notices\./)).toBeInTheDocument();
    const rows = within(screen.getByRole('region', { name: 'Problems found' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['line 2, character 6', 'line 2, character 35']);
    expect(within(rows[0] as HTMLElement).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(currentRequest().dataset).toBe('published');
    expect(window.location.search).toBe('');
    expect(screen.getByRole('article', { name: 'Minor victims' }).querySelector('.headline-card__value')).toHaveTextContent(/^59$/);
  });

  it('shows an accepted file on every panel, marked, and says when the browser would not keep it', async () => {
    const input = await openDialog();
    await userEvent.upload(input, csvFile('edition,office,minor_victims\nXIII,Denver,4\nXIII,"San Juan, PR",0\n', 'denver.csv'));
    await waitFor(() => expect(currentRequest().dataset).toBe('local-test-00000000'));
    const card = await screen.findByRole('article', { name: 'Minor victims' });
    await waitFor(() => expect(card.querySelector('.headline-card__value')).toHaveTextContent(/^4\+more than 4$/));
    expect(screen.getByTestId('dataset-line')).toHaveTextContent(/^denver\.csv, loaded \d+ \w+ \d{4}/);
    expect(screen.getAllByRole('note', { name: /^YOUR DATA — not published/ }).length).toBeGreaterThan(0);
    const report = screen.getByRole('region', { name: 'Loaded file' });
    await waitFor(() => expect(within(report).getByRole('status')).toHaveTextContent(/^Not kept: the browser does not let this page store data/));
    expect(report).toHaveTextContent(/line 3, character \d+: "San Juan, PR" is read as FBI San Juan \(san-juan\)/);
    expect(screen.getByRole('option', { name: /^denver\.csv, loaded/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Your data (not published)' })).toBeInTheDocument();
  });

  it('asks which column is which, by keyboard, then loads the file', async () => {
    const input = await openDialog();
    await userEvent.upload(input, csvFile('Edition,Office,Kids found\nXIII,Denver,7\n', 'kids.csv'));
    const select = await screen.findByRole('combobox', { name: 'Read the column “Kids found” as' });
    expect(select).toHaveValue('');
    select.focus();
    await userEvent.selectOptions(select, 'minor-victims');
    await userEvent.click(screen.getByRole('button', { name: 'Check the file with these columns' }));
    await waitFor(() => expect(currentRequest().dataset).toBe('local-test-00000000'));
    const card = await screen.findByRole('article', { name: 'Minor victims' });
    await waitFor(() => expect(card.querySelector('.headline-card__value')).toHaveTextContent(/^7\+more than 7$/));
  });
});
