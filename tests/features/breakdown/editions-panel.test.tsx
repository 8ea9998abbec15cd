import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/data/csv';
import { BreakdownSection } from '../../../src/features/breakdown/breakdown-section';
import { useMockServer } from '../../support/mock-server';
import { renderWithView } from '../../support/render';
import { blobText, captureDownloads } from './capture-downloads';

useMockServer();
const downloads = captureDownloads();

/** The editions table, in the panel, over the years given (all by default). */
function renderSection(from: number | null = null, to: number | null = null): Promise<HTMLElement> {
  const years = [from === null ? '' : `from=${from}`, to === null ? '' : `to=${to}`].filter(Boolean).join('&');
  renderWithView(<BreakdownSection />, years ? `?${years}` : '');
  return screen.findByTestId('editions-table', {}, { timeout: 5000 });
}
const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
const cellOf = (table: HTMLElement, edition: string, metricId: string) =>
  table.querySelector(`tr[data-edition="${edition}"] [data-metric="${metricId}"]`) as HTMLElement;

describe('the editions table', () => {
  it('lists the editions and the gap years, which say "No operation" or "No results published", never 0', async () => {
    const table = await renderSection();
    expect(rowNames(table)).toHaveLength(20);
    const gap2011 = within(table).getByRole('row', { name: /^2011/ });
    expect(gap2011).toHaveAttribute('data-state', 'no-operation');
    expect(within(gap2011).getByText('No operation')).toBeInTheDocument();
    expect(within(gap2011).queryByText('0')).not.toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /^2024/ })).getByText('No results published')).toBeInTheDocument();
  });

  it('shows each value with its change, "not comparable" across a wording change, and qualifiers', async () => {
    const table = await renderSection();
    expect(cellOf(table, 'XIII', 'minor-victims')).toHaveTextContent('59');
    expect(within(cellOf(table, 'XIII', 'minor-victims')).getByText('−25 (−30%)')).toBeInTheDocument();
    expect(within(cellOf(table, 'XIII', 'minor-victims')).getByText('−25 (−30%) vs 84 in OCC XII (2022)')).toHaveClass('visually-hidden');
    expect(within(cellOf(table, 'XII', 'minor-victims')).getByText('not comparable: wording changed')).toBeInTheDocument();
    expect(cellOf(table, 'XIII', 'total-victims')).toHaveAttribute('data-state', 'approximate');
    expect(within(cellOf(table, 'XIII', 'total-victims')).getByText('200+')).toBeInTheDocument();
    expect(within(cellOf(table, 'XIII', 'total-victims')).getByText('change unknown')).toBeInTheDocument();
    expect(within(cellOf(table, 'IV', 'total-arrests')).getByText('≈700')).toBeInTheDocument();
    expect(cellOf(table, 'XIII', 'adult-victims')).toHaveAttribute('data-state', 'not-reported');
  });

  it('reaches each value’s sources from its row, with outlet and link', async () => {
    const table = await renderSection();
    const row = within(table).getByRole('row', { name: /OCC XIII \(2023\)/ });
    await userEvent.click(within(row).getByText('S62, S63'));
    expect(within(row).getByRole('link', { name: /WSAW/ })).toHaveAttribute(
      'href',
      'https://www.wsaw.com/2023/08/01/operation-cross-country-leads-identification-location-200-child-victims/',
    );
  });

  it('sorts by a metric with aria-sort, gap years and not-reported editions last, and shows the caveat', async () => {
    const table = await renderSection(2012, 2023);
    await userEvent.click(within(table).getByRole('button', { name: 'Traffickers' }));
    const th = within(table).getByRole('button', { name: 'Traffickers' }).closest('th');
    expect(th).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getByRole('button', { name: 'Edition' }).closest('th')).not.toHaveAttribute('aria-sort');
    expect(rowNames(table)).toEqual([
      'OCC VIII (2014)', 'OCC X (2016)', 'OCC IX (2015)', 'OCC VII (2013)', 'OCC XI (2017)', 'OCC VI (2012)', 'OCC XIII (2023)',
      '2018', '2019', '2020', '2021', 'OCC XII (2022)',
    ]);
    expect(screen.getByTestId('editions-sort-caveat')).toHaveTextContent(/^Sorted by traffickers: editions differ in length/);
  });

  it('downloads the rows in the order shown, gap years included', async () => {
    const table = await renderSection(2016, 2023);
    await userEvent.click(within(table).getByRole('button', { name: 'Edition' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV of the editions table' }));
    expect(downloads[0]?.fileName).toBe('occ_published_editions-by-metric_2016-2023.csv');
    const records = parseCsv(await blobText((downloads[0] as NonNullable<(typeof downloads)[0]>).blob)).records.map((r) => r.fields);
    expect(records.slice(1).map((fields) => `${fields[0] ?? ''} ${fields[1] ?? ''}`)).toEqual([
      'XIII 2023', 'XII 2022', ' 2021', ' 2020', ' 2019', ' 2018', 'XI 2017', 'X 2016',
    ]);
    expect(rowNames(table)).toEqual(['OCC XIII (2023)', 'OCC XII (2022)', '2021', '2020', '2019', '2018', 'OCC XI (2017)', 'OCC X (2016)']);
  });
});
