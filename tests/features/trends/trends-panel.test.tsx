import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenarioHandlers } from '../../../mocks/scenarios';
import { renderApp } from '../../support/render';
import { useMockServer } from '../../support/mock-server';
import { PRINT_SIZES } from '../../../src/ui/print-mode';

const server = useMockServer();

const trendsRegion = () => screen.findByRole('region', { name: 'Year-over-year trends' });

describe('the trends panel in the app', () => {
  it('charts the published minor victims and makes a chosen edition the focus edition everywhere', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = await trendsRegion();
    const chart = await within(region).findByRole('group', { name: 'National: minor victims by edition, bar chart' }, { timeout: 5000 });
    expect(within(region).getByText(/^National minor victims, 2008–2025: 13 of 13 editions reported a figure/)).toBeVisible();

    act(() => chart.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('OCC XIII (2023)');
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tooltip')).toHaveTextContent('OCC XII (2022)');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.search).toBe('?edition=XII'));
    await waitFor(() => expect(screen.getByTestId('headline-summary')).toHaveTextContent(/^OCC XII \(2022\) reported 84/));

    // Back to the latest edition with results: the default, so the URL is clean again.
    await user.keyboard('{ArrowRight}{Enter}');
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('shows chosen offices beside the nation, sparse figures as not reported', async () => {
    renderApp('?offices=denver,anchorage');
    const region = await trendsRegion();
    const anchorage = await within(region).findByRole('group', { name: 'FBI Anchorage: minor victims by edition, bar chart' });
    expect(anchorage.closest('figure')).toHaveTextContent('0 of 13 editions reported');
    expect(anchorage.querySelectorAll('.trend-bar[data-state="not-reported"]')).toHaveLength(13);
    expect(within(region).getByRole('group', { name: 'FBI Denver: minor victims by edition, bar chart' })).toBeInTheDocument();
  });

  it('draws its charts for the printed column while the page prints, and for the screen again after', async () => {
    renderApp();
    const region = await trendsRegion();
    const chart = await within(region).findByRole('group', { name: 'National: minor victims by edition, bar chart' }, { timeout: 5000 });
    const svg = () => chart.querySelector('svg.trend-chart__svg');
    const screenWidth = svg()?.getAttribute('width');
    // The browser fires beforeprint and lays the page out for paper as soon as the handlers return.
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(svg()?.getAttribute('width')).toBe(String(PRINT_SIZES.trend.width));
    expect(svg()?.getAttribute('height')).toBe(String(PRINT_SIZES.trend.height));
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(svg()?.getAttribute('width')).toBe(screenWidth);
  });

  it('keeps its own error with Retry when the data fail', async () => {
    server.use(...scenarioHandlers('error'));
    renderApp();
    const region = await trendsRegion();
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('The trends could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
