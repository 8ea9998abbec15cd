import './multi-select.css';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { ChangeEvent, FocusEvent, KeyboardEvent } from 'react';
import { ChipList } from './chip-list';
import { comboboxKeyAction } from './combobox-keys';
import { matchOptions } from './match-options';
import * as text from './messages';
import { OptionPopup } from './option-popup';
import type { MultiSelectOption, MultiSelectProps } from './types';
import { useCloseOnOutsidePointer, useKeepActiveInView } from './use-popup-effects';
import { useSelectionActions } from './use-selection-actions';

/**
 * Multi-select combobox with type-ahead (WAI-ARIA APG combobox + multiselectable listbox).
 * The parent owns the selection; this component owns only the query, the open state, the active
 * option and what the live region says.
 */
export function MultiSelect(props: MultiSelectProps) {
  const { label, options, selected, placeholder, itemNoun = text.OFFICE_NOUN } = props;
  const autoId = useId();
  const inputId = props.id ?? `${autoId}input`;
  const ids = { label: `${inputId}-label`, listbox: `${inputId}-listbox`, limit: `${inputId}-limit` };
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listboxRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const { onChange, maxSelected } = props;
  const selection = useSelectionActions({ options, selected, onChange, maxSelected, itemNoun });

  const matches = useMemo(() => matchOptions(options, query), [options, query]);
  const indexById = useMemo(() => new Map(options.map((option, index) => [option.id, index])), [options]);
  const activeIndex = open ? matches.findIndex((match) => match.option.id === activeId) : -1;
  const activeOption = matches[activeIndex]?.option;
  // Option element ids use the option's position, not its id, which may hold any characters.
  const optionDomId = useCallback((optionId: string) => `${ids.listbox}-${indexById.get(optionId) ?? -1}`, [ids.listbox, indexById]);
  const activeDomId = activeOption ? optionDomId(activeOption.id) : undefined;

  const close = useCallback(() => setOpen(false), []);
  const focusInput = useCallback(() => inputRef.current?.focus(), []);
  useCloseOnOutsidePointer(open, rootRef, close);
  useKeepActiveInView(listboxRef, activeDomId);

  function toggle(option: MultiSelectOption) {
    setActiveId(option.id);
    // Type-ahead is done once an office is added: clear the query so the next one can be typed
    // straight away ("den" Enter "san j" Enter). Removing keeps the query, for undoing a slip.
    if (!selected.includes(option.id)) setQuery('');
    selection.toggle(option);
  }

  function handleInput(event: ChangeEvent<HTMLInputElement>) {
    const value = event.target.value;
    const found = matchOptions(options, value);
    setQuery(value);
    setOpen(true);
    // Automatic selection (APG): the best match becomes active so Enter picks it straight away.
    setActiveId(value.trim() === '' ? null : (found[0]?.option.id ?? null));
    selection.announce(
      found.length === 0 ? text.noMatchMessage(value, itemNoun) : text.matchCountMessage(found.length, itemNoun),
    );
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const action = comboboxKeyAction({
      key: event.key,
      altKey: event.altKey,
      open,
      activeIndex,
      count: matches.length,
      queryEmpty: query === '',
      hasSelection: selected.length > 0,
    });
    if (action.kind === 'none') return;
    if (action.kind !== 'leave') event.preventDefault();
    if (action.kind === 'open' || action.kind === 'move') {
      const index = action.activeIndex;
      setOpen(true);
      setActiveId(index === null ? null : (matches[index]?.option.id ?? null));
    } else if (action.kind === 'toggle') {
      if (activeOption) toggle(activeOption);
    } else if (action.kind === 'close' || action.kind === 'leave') {
      setOpen(false);
    } else if (action.kind === 'clear-query') {
      setQuery('');
      setActiveId(null);
    } else {
      selection.removeLast();
    }
  }

  function handleBlur(event: FocusEvent<HTMLDivElement>) {
    if (!rootRef.current?.contains(event.relatedTarget)) setOpen(false);
  }

  return (
    <div ref={rootRef} className="ms-root" onBlur={handleBlur}>
      <label id={ids.label} htmlFor={inputId} className="ms-label">
        {label}
      </label>
      <div className="ms-control">
        <ChipList
          chips={selected.map((id) => ({ id, label: selection.labelOf(id) }))}
          listLabel={text.selectedListLabel(itemNoun)}
          onRemove={selection.remove}
          onEmptied={focusInput}
        />
        <input
          ref={inputRef}
          id={inputId}
          className="ms-input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={ids.listbox}
          aria-activedescendant={activeDomId}
          placeholder={placeholder}
          value={query}
          onChange={handleInput}
          onKeyDown={handleKeyDown}
          onClick={() => setOpen(true)}
        />
        {selected.length > 0 && (
          <button
            type="button"
            className="ms-clear"
            onClick={() => {
              selection.clearAll();
              focusInput();
            }}
          >
            Clear all
          </button>
        )}
      </div>
      <OptionPopup
        open={open}
        listboxId={ids.listbox}
        labelId={ids.label}
        listboxRef={listboxRef}
        matches={matches}
        selectedIds={selection.selectedIds}
        activeId={activeOption?.id ?? null}
        optionDomId={optionDomId}
        limitNote={selection.limitText === null ? null : { id: ids.limit, text: selection.limitText }}
        emptyText={matches.length === 0 ? text.noMatchMessage(query, itemNoun) : null}
        onToggle={toggle}
      />
      <div role="status" aria-live="polite" className="ms-visually-hidden">
        {selection.announcement}
      </div>
    </div>
  );
}
