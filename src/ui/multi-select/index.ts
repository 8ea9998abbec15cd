export { MultiSelect } from './multi-select';
export { matchOptions, foldQuery } from './match-options';
export type { OptionMatch, TextPart } from './match-options';
export { OFFICE_NOUN } from './messages';
export type { ItemNoun, MultiSelectOption, MultiSelectProps } from './types';
