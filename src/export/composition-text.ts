/**
 * The words of an export's subtitle and footer, as plain strings (pure; the layout wraps them).
 * Dates read as on the page ("1 Aug 2023") through the domain's formatDate.
 */
import { formatDate } from '../domain/format';
import type { ExportInput, ExportSource } from './composition-types';

export const SAMPLE_MARK_TEXT = 'SAMPLE DATA';
export const SAMPLE_NOTE =
  'SAMPLE DATA: values in this image are generated for demonstration and are not published figures.';

export function subtitleText(filters: readonly string[]): string {
  return filters
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase !== '')
    .join(' · ');
}

export function sourceText(source: ExportSource): string {
  const parts = [source.outlet.trim() || 'Unnamed source', formatDate(source.date)];
  if (source.url.trim() !== '') parts.push(source.url.trim());
  return parts.join(', ');
}

/** "Sources: A, 1 Aug 2023, https://…; B, 2017, https://…" (duplicates named once, in order). */
export function sourcesText(sources: readonly ExportSource[]): string {
  const cited = [...new Set(sources.map(sourceText))];
  if (cited.length === 0) return 'Sources: none listed for these values.';
  return `${cited.length === 1 ? 'Source' : 'Sources'}: ${cited.join('; ')}.`;
}

export function datasetText(dataset: ExportInput['dataset']): string {
  return `Data as of ${formatDate(dataset.asOf)} · ${dataset.title}, version ${dataset.version}`;
}

export function viewLinkText(viewUrl: string): string {
  return `Reproduce this view: ${viewUrl}`;
}
