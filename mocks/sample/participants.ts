/**
 * Which field offices took part in each edition, for the sample data only.
 *
 * The FBI published how many offices took part in a few editions (e.g. 47 in OCC VII, 54 in OCC VIII,
 * 55 in OCC XI) but never which ones. Where a count was published the sample picks that many offices,
 * always including every office with a published figure for the edition (it evidently took part),
 * and fills the rest by a seeded shuffle. Where no count was published it uses every office.
 */
import type { Dataset } from '../../src/data/types';
import { NATIONAL } from '../../src/data/types';
import { deriveSeed, mulberry32, shuffled } from './prng';

export const FIELD_OFFICES_METRIC = 'field-offices';

/** Edition id → participating office ids, in the order of the offices table. */
export function chooseParticipants(published: Dataset, seed: number): Map<string, string[]> {
  const officeIds = published.offices.map((office) => office.id);
  const participants = new Map<string, string[]>();
  for (const edition of published.editions) {
    const withFigures = new Set(
      published.observations
        .filter((o) => o.editionId === edition.id && o.place !== NATIONAL)
        .map((o) => o.place),
    );
    const count = published.observations.find(
      (o) =>
        o.editionId === edition.id &&
        o.place === NATIONAL &&
        o.metricId === FIELD_OFFICES_METRIC &&
        o.value !== null,
    )?.value;
    if (count === undefined || count === null || count >= officeIds.length) {
      participants.set(edition.id, officeIds);
      continue;
    }
    const others = officeIds.filter((id) => !withFigures.has(id));
    // A published count smaller than the number of offices with figures cannot be honoured without
    // dropping published figures; the offices with figures win and no other office is added.
    const needed = Math.max(0, count - withFigures.size);
    const random = mulberry32(deriveSeed(seed, `participants:${edition.id}`));
    const chosen = new Set([...withFigures, ...shuffled(others, random).slice(0, needed)]);
    participants.set(
      edition.id,
      officeIds.filter((id) => chosen.has(id)),
    );
  }
  return participants;
}
