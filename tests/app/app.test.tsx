import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenarioHandlers } from '../../mocks/scenarios';
import { renderApp } from '../support/render';
import { useMockServer } from '../support/mock-server';

const server = useMockServer();

async function minorVictimsCard() {
  return screen.findByRole('article', { name: 'Minor victims' });
}

describe('the dashboard on the published dataset', () => {
  it('shows OCC XIII with 59 minor victims, its change and its source', async () => {
    renderApp();
    const card = await minorVictimsCard();
    expect(card.querySelector('.headline-card__value')).toHaveTextContent(/^59$/);
    expect(within(card).getByText('−25 (−30%) vs 84 in OCC XII (2022)')).toBeInTheDocument();
    expect(screen.getByTestId('headline-summary')).toHaveTextContent(
      'OCC XIII (2023) reported 59 minor victims (release: “minor victims of child sex trafficking and sexual exploitation identified or located”), down 25 (30%) from 84 in OCC XII (2022).',
    );
    // The trend of every edition, named by its sentence; the focus edition ticked, gap years as gaps.
    const trend = within(card).getByRole('img', { name: /^National minor victims, 2008–2025: 13 of 13 editions reported a figure/ });
    expect(trend.querySelectorAll('[data-edition]')).toHaveLength(13);
    // 2011 and 2018–2021 had no operation; 2024 and 2025 no published results.
    expect(trend.querySelectorAll('[data-gap="no-operation"]')).toHaveLength(5);
    expect(trend.querySelectorAll('[data-gap="no-results-published"]')).toHaveLength(2);
    expect(trend.querySelectorAll('.sl-focus')).toHaveLength(1);
    await userEvent.click(within(card).getByText(/Sources \(1\)/));
    expect(within(card).getByRole('link', { name: /WSAW/ })).toHaveAttribute(
      'href',
      'https://www.wsaw.com/2023/08/01/operation-cross-country-leads-identification-location-200-child-victims/',
    );
    expect(screen.getByTestId('dataset-line')).toHaveTextContent('as of 28 Nov 2026');
    expect(screen.queryByText('SAMPLE DATA')).not.toBeInTheDocument();
  });

  it('shows "—" and "Not reported" for a figure the release did not give, never 0', async () => {
    renderApp();
    const card = await screen.findByRole('article', { name: 'Adult victims' });
    expect(within(card).getByText('—')).toBeInTheDocument();
    expect(within(card).getByText('not reported')).toBeInTheDocument();
    expect(within(card).queryByText('0')).not.toBeInTheDocument();
  });

  it('reads "not comparable" across a wording change', async () => {
    renderApp('?edition=XII');
    const card = await minorVictimsCard();
    expect(card.querySelector('.headline-card__change')).toHaveTextContent('Not comparable with OCC XI (2017): wording changed');
    // The old and new wording are in the card's details.
    expect(card.querySelector('.headline-card__comparison')).toHaveTextContent(/^Not comparable with OCC XI \(2017\): the release wording changed from “/);
  });

  it('writes a chosen metric to the URL and highlights its card without reordering', async () => {
    renderApp();
    await minorVictimsCard();
    await userEvent.selectOptions(screen.getByLabelText('Metric'), 'traffickers');
    await waitFor(() => expect(window.location.search).toBe('?metric=traffickers'));
    const cards = screen.getAllByRole('article');
    expect(cards.map((c) => c.getAttribute('data-metric'))).toEqual([
      'minor-victims', 'missing-children', 'adult-victims', 'total-victims', 'traffickers', 'exploitation-suspects', 'total-arrests',
    ]);
    expect(screen.getByRole('article', { name: 'Traffickers' })).toHaveClass('headline-card--selected');
    expect(screen.getByTestId('headline-summary')).toHaveTextContent(
      'OCC XIII (2023) reported 68 traffickers (release: “suspects of sex or labor trafficking of adults identified or arrested”); it cannot be compared with 120 in OCC XI (2017), whose release counted “traffickers arrested”.',
    );
  });

  it('drops an invalid URL value with a notice that can be dismissed', async () => {
    renderApp('?metric=bogus&offices=denver,gotham');
    await minorVictimsCard();
    const notice = await screen.findByText('Unknown metric "bogus" in metric was ignored; showing the default metric.');
    expect(screen.getByText('Unknown field office "gotham" in offices was ignored.')).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?offices=denver'));
    const dismiss = within(notice.closest('p') as HTMLElement).getByRole('button');
    await userEvent.click(dismiss);
    expect(screen.queryByText(/Unknown metric "bogus"/)).not.toBeInTheDocument();
  });

  it('lists selected offices beside the national figure, with sparse data as not reported', async () => {
    renderApp('?edition=VI&offices=denver,anchorage');
    const table = await screen.findByRole('table', { name: /Selected field offices/ });
    const rows = within(table).getAllByRole('row');
    const cells = (row: HTMLElement | undefined) =>
      within(row as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('FBI Denver');
    expect(cells(rows[1])).toEqual(['2', 'Reported', 'S16']);
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'S16' })).toHaveAttribute('href', '#source-S16');
    expect(cells(rows[2])).toEqual(['—not reported', 'Not reported', '—']);
    expect(table).toHaveAccessibleName(/\(1 of 2 offices reported\)/);
  });
});

describe('the printed page', () => {
  it('has a footer with the sources of the figures shown only while it prints', async () => {
    renderApp();
    await minorVictimsCard();
    // On screen there is no footer, even once its code has loaded after the first view.
    expect(screen.queryByTestId('print-sources')).not.toBeInTheDocument();
    // The browser fires beforeprint for Ctrl+P and the PDF output; the footer renders in it, synchronously.
    await waitFor(() => {
      act(() => {
        window.dispatchEvent(new Event('beforeprint'));
      });
      expect(screen.getByTestId('print-sources')).toHaveTextContent(/^Sources of the figures shown: S\d+ /);
    });
    expect(screen.getByTestId('print-link')).toHaveTextContent(/^Reproduce this view: http:\/\/localhost(:\d+)?\//);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByTestId('print-sources')).not.toBeInTheDocument();
  });
});

describe('the sample dataset', () => {
  it('marks synthetic office values and the header with SAMPLE DATA', async () => {
    renderApp('?dataset=sample&offices=denver');
    const table = await screen.findByRole('table', { name: /Selected field offices/ });
    expect(within(table).getByText('SAMPLE DATA')).toBeInTheDocument();
    expect(screen.getByTestId('dataset-line')).toHaveTextContent('SAMPLE DATA');
  });
});

describe('bad data', () => {
  it('shows what failed inside the panel, with every problem and Retry, and keeps the page working', async () => {
    server.use(...scenarioHandlers('malformed'));
    renderApp();
    const headline = await screen.findByRole('region', { name: 'Headline figures' });
    const alert = await within(headline).findByRole('alert');
    expect(alert).toHaveTextContent('observations.csv, line 2, column "value"');
    expect(alert).toHaveTextContent('is negative');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Cross Country Outcomes' })).toBeInTheDocument();
    expect(screen.getByLabelText('Metric')).toBeInTheDocument();
  });

  it('keeps the published data when the sample dataset fails to load', async () => {
    renderApp();
    await minorVictimsCard();
    server.use(...scenarioHandlers('error'));
    await userEvent.selectOptions(screen.getByLabelText('Dataset'), 'sample');
    await screen.findByText(/could not be loaded, so the previous one stays on screen/, { selector: '.notice__text' });
    await waitFor(() => expect(screen.getByLabelText('Dataset')).toHaveValue('published'));
    expect(await minorVictimsCard()).toBeInTheDocument();
    expect(screen.getByTestId('dataset-line')).toHaveTextContent('published results');
  });
});

describe('coverage on sample data', () => {
  it('never counts a synthetic value as reported', async () => {
    renderApp('?dataset=sample&metric=traffickers&edition=VIII&offices=denver,phoenix,san-juan');
    const table = await screen.findByRole('table', { name: /Selected field offices/ });
    expect(table).toHaveAccessibleName(/\(2 of 3 offices reported, 1 with synthetic sample values\)/);
  });
});
