import type { Edition, Office, Source } from '../data/types';
import { coverageOf, coverageText } from './coverage';
import type { Coverage } from './coverage';
import type { DatasetIndex } from './dataset-index';
import { shownAt } from './shown-value';
import type { ShownValue } from './shown-value';
import { sourcesByIds } from './sources';

export interface OfficeFigure extends ShownValue {
  office: Office;
  sources: Source[];
}

/**
 * Offices' values for one edition and metric: the chosen offices in the order the reader chose them,
 * or every office in the dataset's order. The headline, the map and the breakdown table all read this.
 */
export function officeFigures(
  index: DatasetIndex,
  edition: Edition,
  metricId: string,
  officeIds: readonly string[] = index.dataset.offices.map((o) => o.id),
): OfficeFigure[] {
  return officeIds.flatMap((id) => {
    const office = index.officeById.get(id);
    if (!office) return [];
    const shown = shownAt(index, edition.id, id, metricId);
    return [{ ...shown, office, sources: sourcesByIds(index, shown.sourceIds) }];
  });
}

export interface OfficeCoverage extends Coverage {
  /** "12 of 56 offices reported" (", 44 with synthetic sample values" on sample data): the map's caption. */
  caption: string;
}

export function officeCoverage(figures: readonly OfficeFigure[]): OfficeCoverage {
  const coverage = coverageOf(figures);
  return { ...coverage, caption: coverageText(coverage, 'offices') };
}
