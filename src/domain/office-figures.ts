import type { Edition, Office, Source } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import { describeObservation, formatObservation } from './format';
import { sourcesByIds } from './headline';
import { valueState } from './value-state';
import type { ValueState } from './value-state';

export interface OfficeFigure {
  office: Office;
  display: string;
  spoken: string;
  state: ValueState;
  sources: Source[];
}

/** The chosen offices' values for one edition and metric, in the order the reader chose them. */
export function officeFigures(
  index: DatasetIndex,
  edition: Edition,
  metricId: string,
  officeIds: readonly string[],
): OfficeFigure[] {
  return officeIds.flatMap((id) => {
    const office = index.officeById.get(id);
    if (!office) return [];
    const observation = index.observation(edition.id, id, metricId);
    return [
      {
        office,
        display: formatObservation(observation),
        spoken: describeObservation(observation),
        state: valueState(observation),
        sources: sourcesByIds(index, observation?.sourceIds ?? []),
      },
    ];
  });
}
