import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OfficeMapSection } from '../../../src/features/office-map/office-map-section';
import { currentRequest, renderApp, renderWithView } from '../../support/render';
import { useMockServer } from '../../support/mock-server';
import { atlasMissingHandler } from '../../../mocks/atlas-handler';

// The server's own handlers serve the real outlines; one test takes them away.
const server = useMockServer();

const renderMap = (search: string) => renderWithView(<OfficeMapSection />, search);
const offices = () => currentRequest().offices;
const findMap = () => screen.findByRole('listbox', { name: /^Field offices, minor victims in XIII/ }, { timeout: 5000 });
const option = (name: RegExp) => screen.getByRole('option', { name });

describe('the field-office map on the sample dataset, OCC XIII', () => {
  it('shows the 56 offices as options of one listbox, the coverage, the SAMPLE DATA mark and a legend', async () => {
    renderMap('?dataset=sample&edition=XIII');
    const map = await findMap();
    expect(within(map).getAllByRole('option')).toHaveLength(56);
    expect(screen.getByTestId('office-map-coverage')).toHaveTextContent(/^3 of 56 offices reported/);
    expect(screen.getAllByText('SAMPLE DATA').length).toBeGreaterThan(0);
    const legend = screen.getByRole('list', { name: 'How offices are drawn' });
    expect(within(legend).getByText('Reported')).toBeInTheDocument();
    expect(within(legend).getByText('Synthetic sample value')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Circle area shows minor victims: reference circles for 5, 1$/ })).toBeInTheDocument();
    // The readable twin lists every office too.
    const table = screen.getByRole('table', { name: /Minor victims by field office, OCC XIII \(2023\)/ });
    expect(within(table).getAllByRole('row')).toHaveLength(57);
  });

  it('selects an office on click, highlights it in the map and the list, and a second click removes it', async () => {
    const user = userEvent.setup();
    renderMap('?dataset=sample&edition=XIII');
    await findMap();
    await user.click(option(/^FBI Denver:/));
    expect(offices()).toEqual(['denver']);
    expect(option(/^FBI Denver:/)).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'FBI Denver' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Clear selected offices (1)' })).toBeInTheDocument();
    await user.click(option(/^FBI Denver:/));
    expect(offices()).toEqual([]);
    expect(option(/^FBI Denver:/)).toHaveAttribute('aria-selected', 'false');
  });

  it('shows a tooltip on hover, with value, state, edition and sources, that Escape puts away', async () => {
    const user = userEvent.setup();
    renderMap('?edition=VI');
    await screen.findByRole('listbox', { name: /in VI/ }, { timeout: 5000 });
    await user.hover(option(/^FBI Denver:/));
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'FBI DenverMinor victims: 2Reported · OCC VI (2012)Sources: S16 Shared Hope International, Jul 2012',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('is one tab stop: arrows move by geography, Enter selects, Escape clears, Tab leaves', async () => {
    const user = userEvent.setup();
    renderMap('?dataset=sample&edition=XIII');
    const map = await findMap();
    await user.click(screen.getByRole('button', { name: 'Reset zoom' }));
    await user.tab();
    expect(map).toHaveFocus();
    // Nothing selected: the keyboard starts at the westernmost office, and its tooltip shows.
    expect(map).toHaveAttribute('aria-activedescendant', 'office-map-option-san-francisco');
    expect(screen.getByRole('tooltip')).toHaveTextContent('FBI San Francisco');
    await user.keyboard('{End}');
    expect(map).toHaveAttribute('aria-activedescendant', 'office-map-option-san-juan');
    expect(screen.getByRole('tooltip')).toHaveTextContent(/FBI San Juan.*OCC XIII \(2023\)/);
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowLeft}');
    expect(map).toHaveAttribute('aria-activedescendant', 'office-map-option-miami');
    await user.keyboard(' ');
    expect(offices()).toEqual(['san-juan', 'miami']);
    await user.keyboard('{Escape}');
    expect(offices()).toEqual([]);
    await user.tab();
    expect(screen.getByRole('button', { name: 'FBI Albany' })).toHaveFocus();
  });

  it('selects from the list as well, and explains instead of adding past ten offices', async () => {
    const user = userEvent.setup();
    const ten = ['albany', 'atlanta', 'boston', 'chicago', 'dallas', 'denver', 'el-paso', 'houston', 'miami', 'omaha'];
    renderMap(`?dataset=sample&edition=XIII&offices=${ten.join(',')}`);
    await findMap();
    await user.click(option(/^FBI Phoenix:/));
    expect(offices()).toEqual(ten);
    expect(screen.getByRole('status')).toHaveTextContent('Up to 10 offices can be selected: clear one first.');
    await user.click(screen.getByRole('button', { name: 'FBI Denver' }));
    await user.click(screen.getByRole('button', { name: 'FBI Phoenix' }));
    expect(offices()).toEqual([...ten.filter((id) => id !== 'denver'), 'phoenix']);
  });
});

describe('the field-office map on the published dataset', () => {
  it('never draws "not reported" as zero', async () => {
    renderMap('?edition=VI');
    await screen.findByRole('listbox', { name: /in VI: 36 of 56 offices reported/ }, { timeout: 5000 });
    expect(option(/^FBI Anchorage:/)).toHaveAccessibleName('FBI Anchorage: minor victims not reported');
    expect(option(/^FBI Albuquerque:/)).toHaveAccessibleName('FBI Albuquerque: 0 minor victims');
    const row = screen.getByRole('button', { name: 'FBI Anchorage' }).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['—not reported', 'Not reported', '—']);
    const legend = screen.getByRole('list', { name: 'How offices are drawn' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Reported',
      'Reported zero',
      'Not reported',
      // The legend is the export's: New York, Newark and Philadelphia are moved apart with leader lines.
      'Line: to the city of an office moved aside so symbols stay apart',
    ]);
  });

  it('keeps the offices usable when the outlines fail to load, and says so', async () => {
    server.use(atlasMissingHandler);
    renderMap('?edition=VI');
    expect(await screen.findByRole('alert')).toHaveTextContent(/The state outlines could not be loaded.*404/);
    expect(screen.getAllByRole('option')).toHaveLength(56);
  });

  it('puts a clicked office in the URL and in the headline panel', async () => {
    const user = userEvent.setup();
    renderApp('?edition=VI');
    await user.click(await screen.findByRole('option', { name: /^FBI Denver:/ }, { timeout: 5000 }));
    await waitFor(() => expect(window.location.search).toBe('?edition=VI&offices=denver'));
    const table = await screen.findByRole('table', { name: /Selected field offices/ });
    expect(within(table).getByRole('rowheader')).toHaveTextContent('FBI Denver');
  });
});
