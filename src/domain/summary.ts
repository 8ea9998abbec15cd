/**
 * The one plain sentence under the headline (and, later, each chart's accessible description and
 * export alt text). A fixed template over the same selectors, so it is deterministic and testable.
 */
import { NATIONAL } from '../data/types';
import type { Edition, Metric } from '../data/types';
import { compareWithPrevious } from './comparison';
import type { DatasetIndex } from './dataset-index';
import { describeObservation, editionName, formatCount, formatObservation } from './format';
import { shownAt } from './shown-value';
import { NOT_SHOWN } from './suppression-text';

export function headlineSummary(index: DatasetIndex, edition: Edition, metric: Metric): string {
  const observation = index.observation(edition.id, NATIONAL, metric.id);
  // In release mode a withheld national figure reads "fewer than 10" (or hidden), never its number.
  const shown = shownAt(index, edition.id, NATIONAL, metric.id);
  // Short labels are plain nouns ("minor victims", "traffickers"); the release's own wording follows
  // in quotes, because what a count means changed over the years (2023's "traffickers" were suspects
  // "identified or arrested", not arrests).
  const noun = metric.shortLabel.toLowerCase();
  if (!observation || observation.value === null) {
    return `${editionName(edition)} did not report a national figure for ${noun}.`;
  }
  const wording = index.wording(edition.id, metric.id)?.wording;
  const quoted = wording ? ` (release: “${wording}”)` : '';
  const opening = shown.withheld
    ? `${editionName(edition)}: national ${noun}${quoted} ${shown.state === 'suppressed' ? shown.spoken : `${NOT_SHOWN} (${shown.spoken})`}`
    : `${editionName(edition)} reported ${describeObservation(observation)} ${noun}${quoted}`;
  const comparison = compareWithPrevious(index, edition, NATIONAL, metric.id);
  switch (comparison.kind) {
    case 'not-reported':
    case 'no-previous':
      return `${opening}.`;
    case 'not-shown':
      return `${opening}; its change from ${editionName(comparison.previous)} is ${NOT_SHOWN} in release mode.`;
    case 'not-comparable':
      if (comparison.valuesWithheld) {
        return `${opening}; it cannot be compared with ${editionName(comparison.previous)}, whose release counted “${comparison.previousWording}”.`;
      }
      return (
        `${opening}; it cannot be compared with ${formatObservation(comparison.previousValue)} in ` +
        `${editionName(comparison.previous)}, whose release counted “${comparison.previousWording}”.`
      );
    case 'bounds':
      return (
        `${opening}, against ${describeObservation(comparison.previousValue)} in ` +
        `${editionName(comparison.previous)}; the size of the change is unknown because a figure is a lower bound.`
      );
    case 'change': {
      const about = comparison.exact ? '' : 'about ';
      const previous = `${describeObservation(comparison.previousValue)} in ${editionName(comparison.previous)}`;
      if (comparison.delta === 0) return `${opening}, the same as ${previous}.`;
      const direction = comparison.delta > 0 ? 'up' : 'down';
      const percent =
        comparison.ratio === null ? '' : ` (${Math.round(Math.abs(comparison.ratio) * 100)}%)`;
      return `${opening}, ${direction} ${about}${formatCount(Math.abs(comparison.delta))}${percent} from ${previous}.`;
    }
  }
}
