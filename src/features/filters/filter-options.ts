/**
 * The choices each filter offers for a dataset. Pure, so the filter bar and its tests agree on what
 * a reader can pick.
 */
import type { CatalogueEntry } from '../../data/types';
import { isLocalDatasetId, YOUR_DATA_MARK } from '../../domain/your-data';
import type { DatasetIndex } from '../../domain/dataset-index';
import { hasResults, latestEditionWithResults } from '../../domain/editions';
import { smallCountMark } from '../../domain/suppression-text';
import { compareText } from '../../domain/text-order';

export interface Option {
  value: string;
  label: string;
}

/** The host's datasets; an analyst's package put on the host keeps its mark in the label. */
export function datasetOptions(entries: CatalogueEntry[]): Option[] {
  return entries
    .filter((entry) => !isLocalDatasetId(entry.id))
    .map((entry) => ({
      value: entry.id,
      label: entry.kind === 'sample' ? `${entry.title} (SAMPLE DATA)` : entry.kind === 'imported' ? `${entry.title} (${YOUR_DATA_MARK})` : entry.title,
    }));
}

/** The datasets kept in this browser, as one group "Your data" after the host's (none: no group). */
export function datasetGroups(entries: CatalogueEntry[]): { label: string; options: Option[] }[] {
  const local = entries.filter((entry) => isLocalDatasetId(entry.id));
  if (local.length === 0) return [];
  return [{ label: 'Your data (not published)', options: local.map((entry) => ({ value: entry.id, label: entry.title })) }];
}

export function metricGroups(index: DatasetIndex): { label: string; options: Option[] }[] {
  const group = (kind: 'outcome' | 'scale') =>
    index.dataset.metrics.filter((m) => m.kind === kind).map((m) => ({ value: m.id, label: m.label }));
  return [
    { label: 'Outcomes', options: group('outcome') },
    { label: 'Scale of the operation', options: group('scale') },
  ].filter((g) => g.options.length > 0);
}

export function yearOptions(index: DatasetIndex): Option[] {
  const [first, last] = index.yearRange;
  const gapKind = new Map(index.dataset.gaps.map((g) => [g.year, g.kind]));
  const options: Option[] = [];
  for (let year = first; year <= last; year += 1) {
    const gap = gapKind.get(year);
    const note = gap === 'no-operation' ? ' (no operation)' : gap === 'no-results-published' ? ' (no results published)' : '';
    options.push({ value: String(year), label: `${year}${note}` });
  }
  return options;
}

export function editionOptions(index: DatasetIndex): Option[] {
  const latest = latestEditionWithResults(index);
  // With no edition that has results there is no default focus: say so rather than show edition I.
  const none: Option[] = latest ? [] : [{ value: '', label: 'No edition with results' }];
  return none.concat(index.editions.map((edition) => {
    const tags = [
      edition.id === latest?.id ? 'latest with results' : '',
      hasResults(index, edition) ? '' : 'no national results',
    ].filter(Boolean);
    return {
      value: edition.id,
      label: `OCC ${edition.id} · ${edition.year}${tags.length ? ` (${tags.join(', ')})` : ''}`,
    };
  }));
}

export function officeOptions(index: DatasetIndex): { id: string; label: string; detail: string }[] {
  return [...index.dataset.offices]
    .sort((a, b) => compareText(a.city, b.city))
    .map((office) => ({ id: office.id, label: office.city, detail: office.state }));
}

/**
 * The active filters in a few words, for the collapsed filter bar on a small screen: "Published
 * results · Minor victims · 2008–2025 · focus OCC XIII · all offices".
 */
export function filterSummary(parts: {
  datasetTitle: string | undefined;
  metricLabel: string | undefined;
  years: [number, number] | undefined;
  focusId: string | undefined;
  officeNames: readonly string[];
  /** Release mode's K, when it is on: the folded bar must say that small counts are withheld. */
  releaseThreshold?: number | null;
}): string {
  const offices =
    parts.officeNames.length === 0
      ? 'no offices chosen'
      : parts.officeNames.length <= 2
        ? parts.officeNames.join(', ')
        : `${parts.officeNames.length} offices`;
  return [
    parts.datasetTitle,
    parts.metricLabel,
    parts.years ? (parts.years[0] === parts.years[1] ? String(parts.years[0]) : `${parts.years[0]}–${parts.years[1]}`) : undefined,
    parts.focusId ? `focus OCC ${parts.focusId}` : undefined,
    offices,
    parts.releaseThreshold != null ? `release mode ${smallCountMark(parts.releaseThreshold)}` : undefined,
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' · ');
}
