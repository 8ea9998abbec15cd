import { describe, expect, it } from 'vitest';
import { comboboxKeyAction } from '../../../src/ui/multi-select/combobox-keys';
import type { ComboboxKeyState } from '../../../src/ui/multi-select/combobox-keys';

const closed: Omit<ComboboxKeyState, 'key'> = {
  altKey: false,
  open: false,
  activeIndex: -1,
  count: 56,
  queryEmpty: true,
  hasSelection: false,
};
const open = { ...closed, open: true, activeIndex: 3 };

describe('comboboxKeyAction', () => {
  it('opens on the first option with ArrowDown and the last with ArrowUp', () => {
    expect(comboboxKeyAction({ ...closed, key: 'ArrowDown' })).toEqual({ kind: 'open', activeIndex: 0 });
    expect(comboboxKeyAction({ ...closed, key: 'ArrowUp' })).toEqual({ kind: 'open', activeIndex: 55 });
    expect(comboboxKeyAction({ ...closed, key: 'ArrowDown', altKey: true })).toEqual({ kind: 'open', activeIndex: null });
  });

  it('moves without wrapping and jumps with Home and End', () => {
    expect(comboboxKeyAction({ ...open, key: 'ArrowDown' })).toEqual({ kind: 'move', activeIndex: 4 });
    expect(comboboxKeyAction({ ...open, key: 'ArrowUp' })).toEqual({ kind: 'move', activeIndex: 2 });
    expect(comboboxKeyAction({ ...open, activeIndex: 55, key: 'ArrowDown' })).toEqual({ kind: 'move', activeIndex: 55 });
    expect(comboboxKeyAction({ ...open, activeIndex: 0, key: 'ArrowUp' })).toEqual({ kind: 'move', activeIndex: 0 });
    expect(comboboxKeyAction({ ...open, key: 'Home' })).toEqual({ kind: 'move', activeIndex: 0 });
    expect(comboboxKeyAction({ ...open, key: 'End' })).toEqual({ kind: 'move', activeIndex: 55 });
    expect(comboboxKeyAction({ ...closed, key: 'Home' })).toEqual({ kind: 'none' });
  });

  it('toggles with Enter only on an active option', () => {
    expect(comboboxKeyAction({ ...open, key: 'Enter' })).toEqual({ kind: 'toggle' });
    expect(comboboxKeyAction({ ...open, activeIndex: -1, key: 'Enter' })).toEqual({ kind: 'none' });
    expect(comboboxKeyAction({ ...closed, key: 'Enter' })).toEqual({ kind: 'none' });
  });

  it('closes on the first Escape and clears the query on the second', () => {
    expect(comboboxKeyAction({ ...open, queryEmpty: false, key: 'Escape' })).toEqual({ kind: 'close' });
    expect(comboboxKeyAction({ ...closed, queryEmpty: false, key: 'Escape' })).toEqual({ kind: 'clear-query' });
    expect(comboboxKeyAction({ ...closed, key: 'Escape' })).toEqual({ kind: 'none' });
  });

  it('removes the last selection with Backspace only on an empty query', () => {
    expect(comboboxKeyAction({ ...closed, hasSelection: true, key: 'Backspace' })).toEqual({ kind: 'remove-last' });
    expect(comboboxKeyAction({ ...closed, hasSelection: true, queryEmpty: false, key: 'Backspace' })).toEqual({
      kind: 'none',
    });
    expect(comboboxKeyAction({ ...closed, key: 'Backspace' })).toEqual({ kind: 'none' });
  });

  it('lets Tab leave, closing an open list', () => {
    expect(comboboxKeyAction({ ...open, key: 'Tab' })).toEqual({ kind: 'leave' });
    expect(comboboxKeyAction({ ...closed, key: 'Tab' })).toEqual({ kind: 'none' });
  });
});
