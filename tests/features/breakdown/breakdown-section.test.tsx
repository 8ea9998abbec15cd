import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenarioHandlers } from '../../../mocks/scenarios';
import { BreakdownSection } from '../../../src/features/breakdown/breakdown-section';
import { useMockServer } from '../../support/mock-server';
import { renderWithView } from '../../support/render';

const server = useMockServer();

const renderPanel = (search = '') => renderWithView(<BreakdownSection />, search);
const metricHeaders = (table: HTMLElement) => within(table).getAllByRole('columnheader').length - 2;

describe('the breakdown panel', () => {
  it('follows the filters: focus edition, year range and selected offices', async () => {
    renderPanel('?from=2010&to=2013&edition=VI&offices=denver');
    const offices = await screen.findByTestId('offices-table');
    expect(screen.getByRole('heading', { name: 'Each field office, OCC VI (2012)' })).toBeInTheDocument();
    expect(offices.querySelector('tr[data-office="denver"]')).toHaveClass('breakdown-table__row--selected');
    // The editions table follows the offices table by a frame.
    const editions = await screen.findByTestId('editions-table');
    expect(screen.getByRole('heading', { name: 'Each edition, national figures, 2010–2013' })).toBeInTheDocument();
    expect(within(editions).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'OCC V (2010)', '2011', 'OCC VI (2012)', 'OCC VII (2013)',
    ]);
    expect(screen.queryByText('SAMPLE DATA')).not.toBeInTheDocument();
  });

  it('widens the columns on request and keeps the chosen metric a column', async () => {
    renderPanel('?metric=cities');
    const offices = await screen.findByTestId('offices-table');
    expect(metricHeaders(offices)).toBe(9);
    expect(within(offices).getByRole('button', { name: 'Cities' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Columns'), 'all');
    expect(metricHeaders(screen.getByTestId('offices-table'))).toBe(12);
    expect(metricHeaders(await screen.findByTestId('editions-table'))).toBe(12);
  });

  it('shows synthetic values under the SAMPLE DATA mark in the sample dataset', async () => {
    renderPanel('?dataset=sample&edition=XIII');
    const offices = await screen.findByTestId('offices-table');
    expect(screen.getByText('SAMPLE DATA')).toBeInTheDocument();
    expect(offices.querySelectorAll('td[data-state="synthetic"]').length).toBeGreaterThan(0);
    expect(within(offices).getByRole('row', { name: /National \(as released\)/ }).querySelector('[data-metric="minor-victims"]')).toHaveAttribute(
      'data-state',
      'reported',
    );
  });

  it('keeps the large scenario to the key columns by default and offers all 45', async () => {
    server.use(...scenarioHandlers('large'));
    renderPanel('?dataset=sample&edition=XIII');
    const offices = await screen.findByTestId('offices-table', {}, { timeout: 10_000 });
    expect(metricHeaders(offices)).toBe(8);
    const options = within(screen.getByLabelText('Columns')).getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['Key outcomes (8 columns)', 'All outcomes (41 columns)', 'Scale of the operation (5 columns)', 'Everything (45 columns)']);
    await userEvent.selectOptions(screen.getByLabelText('Columns'), 'all');
    expect(metricHeaders(screen.getByTestId('offices-table'))).toBe(45);
    expect(screen.getByTestId('offices-table').querySelectorAll('tbody tr[data-row="office"]')).toHaveLength(56);
  });

  it('says what failed and offers Retry when the data cannot be loaded', async () => {
    server.use(...scenarioHandlers('error'));
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The breakdown tables could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
