import type { Edition, Office, Source } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import { describeObservation, formatObservation } from './format';
import { sourcesByIds } from './sources';
import { valueState } from './value-state';
import type { ValueState } from './value-state';

export interface OfficeFigure {
  office: Office;
  /** null when not reported (never 0). */
  value: number | null;
  display: string;
  spoken: string;
  state: ValueState;
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
    const observation = index.observation(edition.id, id, metricId);
    return [
      {
        office,
        value: observation?.value ?? null,
        display: formatObservation(observation),
        spoken: describeObservation(observation),
        state: valueState(observation),
        sources: sourcesByIds(index, observation?.sourceIds ?? []),
      },
    ];
  });
}

export interface OfficeCoverage {
  /** Offices with a published value, zero included. */
  reported: number;
  /** Offices with a generated sample value: shown, but never counted as reported. */
  synthetic: number;
  total: number;
  /** "12 of 56 offices reported" (", 44 synthetic" on sample data) — the map's and tables' caption. */
  caption: string;
}

export function officeCoverage(figures: readonly OfficeFigure[]): OfficeCoverage {
  const synthetic = figures.filter((f) => f.state === 'synthetic').length;
  const reported = figures.filter((f) => f.state !== 'not-reported' && f.state !== 'synthetic').length;
  const total = figures.length;
  const caption =
    `${reported} of ${total} offices reported` + (synthetic > 0 ? `, ${synthetic} with synthetic sample values` : '');
  return { reported, synthetic, total, caption };
}
