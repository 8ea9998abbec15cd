/** One choice in a multi-select, e.g. a field office. */
export interface MultiSelectOption {
  /** Stable id written to the selection (and so to the URL), e.g. `denver`. */
  id: string;
  /** Visible text, e.g. `Denver`. */
  label: string;
  /** Secondary text shown after the label and also searched by prefix, e.g. the state `CO`. */
  detail?: string;
}

/** How announcements and notes name the things being picked ("1 office", "12 offices"). */
export interface ItemNoun {
  singular: string;
  plural: string;
}

export interface MultiSelectProps {
  /** Visible label, e.g. "Field offices". */
  label: string;
  options: MultiSelectOption[];
  /** Selected ids, in the order chosen. The parent owns the selection. */
  selected: string[];
  onChange: (ids: string[]) => void;
  /** e.g. "Type an office…" */
  placeholder?: string;
  /** Beyond it, unselected options are disabled and the reason is given to screen readers. */
  maxSelected?: number;
  /** Id of the text input; the listbox and notes derive their ids from it. */
  id?: string;
  /** Defaults to office / offices. */
  itemNoun?: ItemNoun;
}
