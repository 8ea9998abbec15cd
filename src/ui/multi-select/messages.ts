import type { ItemNoun } from './types';

/** Texts for the live region and the notes, kept in one place so tests and UI agree. */

export const OFFICE_NOUN: ItemNoun = { singular: 'office', plural: 'offices' };

export function matchCountMessage(count: number, noun: ItemNoun): string {
  return count === 1 ? `1 ${noun.singular} matches` : `${count} ${noun.plural} match`;
}

export function noMatchMessage(query: string, noun: ItemNoun): string {
  return `No ${noun.plural} match "${query.trim()}"`;
}

export function addedMessage(label: string, selectedCount: number, maxSelected: number | undefined): string {
  const base = `${label} added, ${selectedCount} selected`;
  return maxSelected !== undefined && selectedCount >= maxSelected ? `${base}, the maximum` : base;
}

export function removedMessage(label: string): string {
  return `${label} removed`;
}

export function clearedMessage(noun: ItemNoun): string {
  return `All ${noun.plural} removed`;
}

export function limitMessage(maxSelected: number, noun: ItemNoun): string {
  return `Limit of ${maxSelected} ${noun.plural} reached. Remove one to add another.`;
}

export function selectedListLabel(noun: ItemNoun): string {
  return `Selected ${noun.plural}`;
}
