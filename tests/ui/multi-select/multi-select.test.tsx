import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MultiSelect } from '../../../src/ui/multi-select';
import { FIELD_OFFICES } from './field-offices';
import { renderOffices } from './harness';

const combobox = () => screen.getByRole('combobox', { name: 'Field offices' });
function expectOptions(names: string[]) {
  const options = screen.queryAllByRole('option');
  expect(options).toHaveLength(names.length);
  names.forEach((name, index) => expect(options[index]).toHaveAccessibleName(name));
}
const liveText = () => screen.getByRole('status').textContent;

describe('MultiSelect: filtering', () => {
  it('filters as one types, word starts first, and marks the matched text', async () => {
    const { user } = renderOffices();
    await user.type(combobox(), 'sa');

    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expectOptions([
      'Sacramento, CA',
      'Salt Lake City, UT',
      'San Antonio, TX',
      'San Diego, CA',
      'San Francisco, CA',
      'San Juan, PR',
      'Kansas City, MO',
    ]);
    const kansas = screen.getByRole('option', { name: 'Kansas City, MO' });
    expect(within(kansas).getByText('sa').tagName).toBe('MARK');
    expect(liveText()).toBe('7 offices match');
  });

  it('says so when nothing matches', async () => {
    const { user } = renderOffices();
    await user.type(combobox(), 'xyz');

    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No offices match "xyz"', { ignore: '[role=status]' })).toBeVisible();
    expect(liveText()).toBe('No offices match "xyz"');
  });

  it('renders no inline style attributes (strict CSP)', async () => {
    const { user, container } = renderOffices({ initial: ['denver'], maxSelected: 1 });
    await user.type(combobox(), 'de');
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });
});

describe('MultiSelect: keyboard', () => {
  it('selects two offices with ArrowDown and Enter, calling onChange with ids in order', async () => {
    const { user, onChange } = renderOffices();
    await user.tab();
    expect(combobox()).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    const albany = screen.getByRole('option', { name: 'Albany, NY' });
    expect(combobox()).toHaveAttribute('aria-activedescendant', albany.id);

    await user.keyboard('{Enter}{ArrowDown}{Enter}');
    expect(onChange.mock.calls).toEqual([[['albany']], [['albany', 'albuquerque']]]);
    expect(liveText()).toBe('Albuquerque added, 2 selected');
    expect(screen.getByRole('listbox', { name: 'Field offices' })).toBeVisible();
  });

  it('makes the best match active while typing and clears the query once an office is added', async () => {
    const { user, onChange } = renderOffices({ initial: ['denver'] });
    await user.type(combobox(), 'new{ArrowDown}{Enter}');

    expect(onChange).toHaveBeenLastCalledWith(['denver', 'new-orleans']);
    expect(combobox()).toHaveValue('');
    expect(screen.getByRole('listbox')).toBeVisible();
    expect(liveText()).toBe('New Orleans added, 2 selected');

    await user.type(combobox(), 'san j{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['denver', 'new-orleans', 'san-juan']);
  });

  it('keeps the query when Enter removes an office, so a slip is easy to undo', async () => {
    const { user, onChange } = renderOffices({ initial: ['denver'] });
    await user.type(combobox(), 'den{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(combobox()).toHaveValue('den');
  });

  it('moves to the ends with Home, End and ArrowUp from closed', async () => {
    const { user } = renderOffices();
    await user.click(combobox());
    await user.keyboard('{Escape}{ArrowUp}');
    const active = () => document.getElementById(combobox().getAttribute('aria-activedescendant') ?? '');
    expect(active()).toHaveAccessibleName('Washington, DC');
    await user.keyboard('{Home}');
    expect(active()).toHaveAccessibleName('Albany, NY');
    await user.keyboard('{End}');
    expect(active()).toHaveAccessibleName('Washington, DC');
  });

  it('closes on Escape and clears the query on a second Escape', async () => {
    const { user } = renderOffices();
    await user.type(combobox(), 'den');
    await user.keyboard('{Escape}');

    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).not.toHaveAttribute('aria-activedescendant');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(combobox()).toHaveValue('den');

    await user.keyboard('{Escape}');
    expect(combobox()).toHaveValue('');
  });

  it('removes the last selected office with Backspace on an empty query only', async () => {
    const { user, onChange } = renderOffices({ initial: ['denver', 'new-york'] });
    await user.type(combobox(), 'a{Backspace}');
    expect(onChange).not.toHaveBeenCalled();

    await user.keyboard('{Backspace}');
    expect(onChange).toHaveBeenCalledExactlyOnceWith(['denver']);
    expect(liveText()).toBe('New York removed');
    expect(screen.queryByRole('button', { name: 'Remove New York' })).toBeNull();
  });

  it('closes the list when Tab moves focus on', async () => {
    const { user } = renderOffices();
    await user.type(combobox(), 'den');
    await user.tab();

    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('MultiSelect: selection', () => {
  it('reflects `selected` in aria-selected', async () => {
    const props = { label: 'Field offices', options: FIELD_OFFICES, onChange: vi.fn() };
    const { rerender } = render(<MultiSelect {...props} selected={['denver', 'san-juan']} />);
    await userEvent.setup().click(combobox());

    const option = (name: string) => screen.getByRole('option', { name });
    expect(option('Denver, CO')).toHaveAttribute('aria-selected', 'true');
    expect(option('San Juan, PR')).toHaveAttribute('aria-selected', 'true');
    expect(option('Newark, NJ')).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('listbox')).toHaveAttribute('aria-multiselectable', 'true');

    rerender(<MultiSelect {...props} selected={['newark']} />);
    expect(option('Denver, CO')).toHaveAttribute('aria-selected', 'false');
    expect(option('Newark, NJ')).toHaveAttribute('aria-selected', 'true');
  });

  it('toggles an option on click and closes on a click outside', async () => {
    const { user, onChange } = renderOffices({ initial: ['denver'] });
    await user.click(combobox());
    await user.click(screen.getByRole('option', { name: 'Newark, NJ' }));
    expect(onChange).toHaveBeenLastCalledWith(['denver', 'newark']);
    expect(combobox()).toHaveFocus();

    await user.click(screen.getByRole('option', { name: 'Denver, CO' }));
    expect(onChange).toHaveBeenLastCalledWith(['newark']);
    expect(liveText()).toBe('Denver removed');

    await user.click(document.body);
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows chips in order and removes one with its button, moving focus to the next', async () => {
    const { user, onChange } = renderOffices({ initial: ['san-juan', 'denver', 'newark'] });
    const chips = within(screen.getByRole('list', { name: 'Selected offices' })).getAllByRole('button');
    expect(chips.map((chip) => chip.textContent)).toEqual(['Remove San Juan×', 'Remove Denver×', 'Remove Newark×']);

    await user.click(screen.getByRole('button', { name: 'Remove Denver' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(['san-juan', 'newark']);
    expect(screen.getByRole('button', { name: 'Remove Newark' })).toHaveFocus();
    expect(liveText()).toBe('Denver removed');
  });

  it('clears everything with Clear all and returns focus to the input', async () => {
    const { user, onChange } = renderOffices({ initial: ['denver', 'newark'] });
    await user.click(screen.getByRole('button', { name: 'Clear all' }));

    expect(onChange).toHaveBeenCalledExactlyOnceWith([]);
    expect(screen.queryByRole('button', { name: 'Clear all' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Selected offices' })).toBeNull();
    expect(combobox()).toHaveFocus();
    expect(liveText()).toBe('All offices removed');
  });

  it('offers no Clear all when nothing is selected', () => {
    renderOffices();
    expect(screen.queryByRole('button', { name: 'Clear all' })).toBeNull();
  });
});

describe('MultiSelect: maxSelected', () => {
  const limit = 'Limit of 2 offices reached. Remove one to add another.';

  it('disables further options, says why, and still lets a selected one be removed', async () => {
    const { user, onChange } = renderOffices({ initial: ['denver', 'newark'], maxSelected: 2 });
    await user.type(combobox(), 'new y');

    const newYork = screen.getByRole('option', { name: 'New York, NY' });
    expect(newYork).toHaveAttribute('aria-disabled', 'true');
    expect(newYork).toHaveAccessibleDescription(limit);
    await user.keyboard('{Enter}');
    await user.click(newYork);
    expect(onChange).not.toHaveBeenCalled();
    expect(liveText()).toBe(limit);

    await user.clear(combobox());
    const denver = screen.getByRole('option', { name: 'Denver, CO' });
    expect(denver).not.toHaveAttribute('aria-disabled');
    await user.click(denver);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(['newark']);
    expect(screen.getByRole('option', { name: 'New York, NY' })).not.toHaveAttribute('aria-disabled');
  });

  it('announces when the last allowed office is added', async () => {
    const { user } = renderOffices({ initial: ['denver'], maxSelected: 2 });
    await user.type(combobox(), 'newark{Enter}');
    expect(liveText()).toBe('Newark added, 2 selected, the maximum');
  });
});
