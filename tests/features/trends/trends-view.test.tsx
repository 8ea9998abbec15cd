import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../src/data/types';
import type { RequestPatch } from '../../fixtures/view';
import { TrendsView } from '../../../src/features/trends/trends-view';
import { miniDataset } from '../../fixtures/mini-dataset';
import { viewFor } from '../../fixtures/trends-view';

function renderTrends(input: RequestPatch = {}, dataset: Dataset = miniDataset()) {
  const view = viewFor(dataset, input);
  const onChoose = vi.fn<(id: string) => void>();
  const onScaleMode = vi.fn<(mode: string) => void>();
  const result = render(<TrendsView view={view} scaleMode="shared" onScaleMode={onScaleMode} onChoose={onChoose} />);
  return { ...result, view, onChoose, onScaleMode };
}

const nationalChart = () => screen.getByRole('group', { name: 'National: minor victims by edition, bar chart' });

describe('the trends chart', () => {
  it('is described by its visible one-sentence summary', () => {
    const { view } = renderTrends();
    expect(screen.getByText(view.national.summary)).toBeVisible();
    expect(nationalChart()).toHaveAccessibleDescription(
      `${view.national.summary} Left and right arrow keys move between editions, Enter makes the edition the ` +
        'focus edition, Escape closes the details.',
    );
  });

  it('is one tab stop; arrows move between editions and the tooltip follows', async () => {
    const user = userEvent.setup();
    const { onChoose } = renderTrends();
    await user.tab();
    expect(nationalChart()).toHaveFocus();
    // Focus lands on the focus edition (here the latest with results, OCC IV).
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('OCC IV (2012)');
    expect(tooltip).toHaveTextContent('39');
    expect(tooltip).toHaveTextContent('Release: “minor victims identified”');
    expect(tooltip).toHaveTextContent('−13 (−25%) vs 52 in OCC III (2010)');
    expect(tooltip).toHaveTextContent('Sources: S2 Some Outlet, Jun 2012');

    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Not comparable with OCC II (2008): the release wording changed from “children recovered” to “minor victims identified”',
    );
    expect(screen.getByText(/^OCC III \(2010\), National: 52\. Not comparable/)).toHaveAttribute('aria-live', 'polite');

    await user.keyboard('{Home}');
    expect(screen.getByRole('tooltip')).toHaveTextContent('OCC I (2008)');
    expect(screen.getByRole('tooltip')).toHaveTextContent('18 Jun 2008 – 22 Jun 2008');
    await user.keyboard('{ArrowRight}{Enter}');
    expect(onChoose).toHaveBeenCalledWith('II');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab();
    expect(nationalChart()).not.toHaveFocus();
  });

  it('shows the tooltip on hover and makes a clicked edition the focus edition', async () => {
    const user = userEvent.setup();
    const { container, onChoose } = renderTrends();
    const hits = container.querySelector('.trend-hits');
    if (!hits) throw new Error('no hit area');
    // jsdom lays nothing out, so the SVG sits at x 0 and clientX is the layout's x: point at the
    // centre of OCC II's bar.
    const bar = container.querySelector('.trend-bar[data-edition="II"] rect');
    const x = Number(bar?.getAttribute('x')) + Number(bar?.getAttribute('width')) / 2;
    await user.pointer({ target: hits, coords: { clientX: x, clientY: 100 } });
    expect(screen.getByRole('tooltip')).toHaveTextContent('OCC II (2008)');
    expect(screen.getByRole('tooltip')).toHaveTextContent('47');
    await user.pointer({ keys: '[MouseLeft]', target: hits, coords: { clientX: x, clientY: 100 } });
    expect(onChoose).toHaveBeenCalledWith('II');
    await user.unhover(hits);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('labels years without an edition and never draws them as zero', () => {
    const { container } = renderTrends();
    expect(container.querySelector('[data-gap="no-operation"]')).toHaveTextContent('no operation');
    expect(container.querySelector('[data-gap="unrecorded"]')).toHaveTextContent('no edition recorded');
    expect(container.querySelectorAll('.trend-bar')).toHaveLength(4);
    // The labels come after the gridlines, on a band-coloured backdrop, so no line cuts a letter.
    const svg = container.querySelector('svg.trend-chart__svg');
    const order = [...(svg?.children ?? [])].map((el) => el.getAttribute('class'));
    expect(order.indexOf('trend-gap-labels')).toBeGreaterThan(order.indexOf('trend-grid'));
    expect(container.querySelectorAll('.trend-gap-labels rect.tc-gap')).toHaveLength(2);
  });

  it('draws "not reported" as a dash, with the qualifier on a lower bound', async () => {
    const user = userEvent.setup();
    const { container } = renderTrends({ metric: 'total-victims' });
    const blanks = container.querySelectorAll('.trend-bar[data-state="not-reported"]');
    expect([...blanks].map((bar) => bar.textContent)).toEqual(['—', '—']);
    expect(container.querySelector('.trend-bar[data-state="approximate"]')).toHaveTextContent('200+');
    expect(screen.getByRole('list', { name: 'How values are drawn' })).toHaveTextContent('Not reported');
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tooltip')).toHaveTextContent('200+ (more than 200)');
  });

  it('numbers the wording change and explains it under the chart', () => {
    const { container } = renderTrends();
    expect(container.querySelector('[data-break-after="III"]')).toHaveTextContent('1');
    expect(screen.getByRole('list', { name: 'Changes in the release wording' })).toHaveTextContent(
      'Release wording changed between OCC II (2008) and OCC III (2010): from “children recovered” to “minor ' +
        'victims identified”. Values either side are not comparable.',
    );
  });

  it('has a table twin with every edition and the gaps', async () => {
    const user = userEvent.setup();
    renderTrends({ offices: ['denver'] });
    await user.click(screen.getByText('Table of the figures'));
    const table = screen.getByRole('table', { name: /^Minor victims recovered or identified by edition, 2008–2012/ });
    const rows = within(table).getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual([
      'EditionNationalFBI DenverRelease wording (national)',
      'OCC I (2008)2121—not reported“children recovered”',
      'OCC II (2008)4747—not reported“children recovered”',
      '2009no edition recorded',
      'OCC III (2010)5252—not reported“minor victims identified” (new wording: not comparable with OCC II (2008))',
      '2011no operation',
      'OCC IV (2012)393900“minor victims identified”',
      'Editions reported4 of 4 editions reported1 of 4 editions reported',
    ]);
    expect(screen.getByRole('table', { name: /^Scale of each edition/ })).toHaveTextContent('OCC I (2008)16');
  });
});

describe('the office small multiples', () => {
  it('show each chosen office with its coverage and a y-scale choice', async () => {
    const user = userEvent.setup();
    const { onScaleMode } = renderTrends({ offices: ['denver'] });
    const denver = screen.getByRole('group', { name: 'FBI Denver: minor victims by edition, bar chart' });
    const figure = denver.closest('figure');
    expect(figure).toHaveTextContent('1 of 4 editions reported');
    expect(denver.querySelectorAll('.trend-bar[data-state="not-reported"]')).toHaveLength(3);
    expect(denver.querySelector('.trend-bar[data-state="zero"]')).toHaveTextContent('0');
    expect(screen.getByRole('radio', { name: 'Shared: compare offices' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Each its own: see each office’s shape' }));
    expect(onScaleMode).toHaveBeenCalledWith('independent');
  });

  it('carry the SAMPLE DATA mark when values are synthetic', () => {
    const mini = miniDataset();
    const sample: Dataset = {
      ...mini,
      observations: mini.observations.map((o) => (o.place === 'denver' ? { ...o, origin: 'synthetic' as const } : o)),
    };
    renderTrends({ offices: ['denver'] }, sample);
    const figure = screen.getByRole('group', { name: /^FBI Denver/ }).closest('figure');
    expect(within(figure as HTMLElement).getByRole('note', { name: 'Sample data' })).toHaveTextContent('SAMPLE DATA');
    // A generated value is shown but never counted as reported.
    expect(figure).toHaveTextContent('FBI Denver0 of 4 editions reported, 1 with synthetic sample values');
    expect(screen.getByRole('list', { name: 'How values are drawn' })).toHaveTextContent('Synthetic sample value');
  });
});
