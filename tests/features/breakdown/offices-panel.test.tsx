import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/data/csv';
import { columnMetrics } from '../../../src/domain/breakdown-columns';
import { formatQualified, NOT_REPORTED_MARK } from '../../../src/domain/format';
import type { Qualifier } from '../../../src/data/types';
import { BreakdownSection } from '../../../src/features/breakdown/breakdown-section';
import { useMockServer } from '../../support/mock-server';
import { renderWithView } from '../../support/render';
import { blobText, captureDownloads } from './capture-downloads';
import { publishedIndex } from './published-index';

useMockServer();
const metrics = columnMetrics(publishedIndex(), 'key', 'minor-victims');
const downloads = captureDownloads();

/** The offices table of OCC VI (2012) with Denver and Anchorage selected, in the panel. */
function renderSection(): Promise<HTMLElement> {
  renderWithView(<BreakdownSection />, '?edition=VI&offices=denver,anchorage');
  return screen.findByTestId('offices-table', {}, { timeout: 5000 });
}

const officeRows = (table: HTMLElement) => within(table).getAllByRole('row').filter((row) => row.dataset.row === 'office');
const rowName = (row: HTMLElement) => (within(row).getByRole('rowheader').firstChild?.textContent ?? '').trim();
const header = (table: HTMLElement, name: string) => within(table).getByRole('button', { name }).closest('th') as HTMLElement;
const minorCell = (row: HTMLElement) => row.querySelector('[data-metric="minor-victims"]') as HTMLElement;

describe('the offices table', () => {
  it('shows every value state distinctly: a number, a zero, "—" for not reported, the sum with its coverage', async () => {
    const table = await renderSection();
    expect(officeRows(table)).toHaveLength(56);
    const byName = (name: string) => officeRows(table).find((row) => rowName(row) === name) as HTMLElement;
    expect(minorCell(byName('FBI Dallas'))).toHaveAttribute('data-state', 'reported');
    expect(minorCell(byName('FBI Albuquerque'))).toHaveAttribute('data-state', 'zero');
    expect(minorCell(byName('FBI Albuquerque'))).toHaveTextContent(/^00$/);
    const anchorage = minorCell(byName('FBI Anchorage'));
    expect(anchorage).toHaveAttribute('data-state', 'not-reported');
    expect(within(anchorage).getByText('—')).toBeInTheDocument();
    expect(within(anchorage).getByText('not reported')).toBeInTheDocument();
    const sum = minorCell(within(table).getByRole('row', { name: /Sum of the 56 offices/ }));
    expect(sum).toHaveAttribute('data-state', 'approximate');
    expect(sum).toHaveTextContent('79+at least 79, 36 of 56 reported36 of 56 reported');
    expect(minorCell(within(table).getByRole('row', { name: /National \(as released\)/ }))).toHaveTextContent(/^7979$/);
    expect(within(byName('FBI Dallas')).getByRole('link', { name: 'Source S16' })).toHaveAttribute('href', '#source-S16');
  });

  it('sorts by a column with the mouse: aria-sort on that header only, largest first, then smallest, not reported last', async () => {
    const table = await renderSection();
    expect(header(table, 'Field office')).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.queryByTestId('offices-sort-caveat')).not.toBeInTheDocument();

    await userEvent.click(within(table).getByRole('button', { name: 'Minor victims' }));
    expect(header(table, 'Minor victims')).toHaveAttribute('aria-sort', 'descending');
    expect(header(table, 'Field office')).not.toHaveAttribute('aria-sort');
    expect(officeRows(table).slice(0, 3).map(rowName)).toEqual(['FBI Dallas', 'FBI Detroit', 'FBI Milwaukee']);
    expect(rowName(officeRows(table)[36] as HTMLElement)).toBe('FBI Albany');
    expect(screen.getByTestId('offices-sort-caveat')).toHaveTextContent(
      'Sorted by minor victims: office counts reflect each office’s participation and resources in a short operation, not how common child sex trafficking is in its area.',
    );

    await userEvent.click(within(table).getByRole('button', { name: 'Minor victims' }));
    expect(header(table, 'Minor victims')).toHaveAttribute('aria-sort', 'ascending');
    expect(officeRows(table).slice(0, 2).map(rowName)).toEqual(['FBI Albuquerque', 'FBI Baltimore']);
    expect(officeRows(table).slice(36).every((row) => minorCell(row).dataset.state === 'not-reported')).toBe(true);
  });

  it('sorts with the keyboard alone (Enter and Space on the header button)', async () => {
    const table = await renderSection();
    const button = within(table).getByRole('button', { name: 'Traffickers' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(header(table, 'Traffickers')).toHaveAttribute('aria-sort', 'descending');
    expect(rowName(officeRows(table)[0] as HTMLElement)).toBe('FBI New Orleans');
    await userEvent.keyboard(' ');
    expect(header(table, 'Traffickers')).toHaveAttribute('aria-sort', 'ascending');
    expect(rowName(officeRows(table)[0] as HTMLElement)).toBe('FBI Albuquerque');
  });

  it('searches office names and sums only the offices shown', async () => {
    const table = await renderSection();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find an office' }), 'san');
    expect(officeRows(table).map(rowName)).toEqual(['FBI San Antonio', 'FBI San Diego', 'FBI San Francisco', 'FBI San Juan']);
    expect(screen.getByText('Showing 4 of 56 offices')).toBeInTheDocument();
    expect(minorCell(within(table).getByRole('row', { name: /Sum of the 4 offices shown/ }))).toHaveTextContent(/^8\+/);
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Find an office' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find an office' }), 'gotham');
    expect(within(table).getByText('No field office matches “gotham”.')).toBeInTheDocument();
  });

  it('highlights the selected offices and can show only them', async () => {
    const table = await renderSection();
    const selected = officeRows(table).filter((row) => row.classList.contains('breakdown-table__row--selected'));
    expect(selected.map(rowName)).toEqual(['FBI Anchorage', 'FBI Denver']);
    expect(within(selected[0] as HTMLElement).getByText('selected')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Show only selected offices \(2\)/ }));
    expect(officeRows(table).map(rowName)).toEqual(['FBI Anchorage', 'FBI Denver']);
  });

  it('downloads exactly the rows and columns on screen, in the same order', async () => {
    const table = await renderSection();
    await userEvent.click(within(table).getByRole('button', { name: 'Traffickers' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find an office' }), 'a');
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV of the field-office table' }));
    expect(downloads.map((d) => d.fileName)).toEqual(['occ_published_offices-by-metric_VI_search-a.csv']);
    expect(screen.getByText('Saved occ_published_offices-by-metric_VI_search-a.csv')).toBeInTheDocument();

    const text = await blobText((downloads[0] as (typeof downloads)[number]).blob);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const records = parseCsv(text).records.map((record) => record.fields);
    const [head, ...rest] = records;
    const dataRows = rest.filter((fields) => !fields[0]?.startsWith('Note: '));
    const screenRows = within(table).getAllByRole('row').slice(1).filter((row) => row.dataset.row !== undefined);
    expect(dataRows).toHaveLength(screenRows.length);
    dataRows.forEach((fields, i) => {
      const row = screenRows[i] as HTMLElement;
      expect(fields[0]).toBe(rowName(row));
      metrics.forEach((metric, m) => {
        const value = fields[1 + 4 * m] ?? '';
        const qualifier = (fields[2 + 4 * m] ?? '') as Qualifier | '';
        const shown = row.querySelector(`[data-metric="${metric.id}"] .breakdown-cell__value`)?.textContent;
        if (value === '') expect(shown).toBe(NOT_REPORTED_MARK);
        else expect(shown).toBe(formatQualified(Number(value), qualifier === '' ? null : qualifier));
        expect(['', 'at-least', 'approximately']).toContain(qualifier);
        expect(fields[3 + 4 * m]).toBe(row.querySelector(`[data-metric="${metric.id}"]`)?.getAttribute('data-state'));
        // Coverage has its own column, filled only on the sum row, as its second line on screen reads.
        const detail = row.querySelector(`[data-metric="${metric.id}"] .breakdown-cell__detail`)?.textContent ?? '';
        expect(fields[4 + 4 * m]).toBe(detail);
        expect(detail !== '').toBe(row.dataset.row === 'sum');
      });
    });
    expect(head?.slice(0, 6)).toEqual(['Office', 'Minor victims', 'Minor victims qualifier', 'Minor victims state', 'Minor victims coverage', 'Missing children']);
    expect(rest.at(-1)?.[0]).toBe(`Note: ${screen.getByTestId('offices-sort-caveat').textContent}`);
  });

  it('downloads a ZIP with the CSV, metadata.json and README.txt', async () => {
    await renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Download ZIP of the field-office table with metadata' }));
    await waitFor(() => expect(screen.getByText('Saved occ_published_offices-by-metric_VI.zip')).toBeInTheDocument());
    const zip = downloads[0];
    expect(zip?.fileName).toBe('occ_published_offices-by-metric_VI.zip');
    const files = unzipSync(new Uint8Array(await (zip as NonNullable<typeof zip>).blob.arrayBuffer()));
    expect(Object.keys(files)).toEqual(['README.txt', 'occ_published_offices-by-metric_VI.csv', 'metadata.json']);
  });
});
