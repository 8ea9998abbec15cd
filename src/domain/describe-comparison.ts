import type { Comparison } from './comparison';
import { editionName, formatObservation, formatPercent, formatSignedCount } from './format';
import { NOT_SHOWN } from './suppression-text';

/** What a change reads in release mode when it would give a withheld count away. */
export function notShownChange(previous: Comparison & { kind: 'not-shown' }): string {
  return `Change ${NOT_SHOWN} (release mode): it would give away a withheld count in ${editionName(previous.previous)} or this edition`;
}

/** One short line under a headline figure: what changed since the previous comparable edition. */
export function describeComparison(comparison: Comparison): string {
  switch (comparison.kind) {
    case 'not-reported':
      return 'Not reported for this edition';
    case 'no-previous':
      return 'No earlier edition reported this figure';
    case 'not-comparable':
      return (
        `Not comparable with ${editionName(comparison.previous)}: the release wording changed ` +
        `from “${comparison.previousWording}” to “${comparison.currentWording}”`
      );
    case 'bounds':
      return (
        `Change unknown: ${formatObservation(comparison.previousValue)} in ` +
        `${editionName(comparison.previous)} and this figure include lower bounds`
      );
    case 'not-shown':
      return notShownChange(comparison);
    case 'change': {
      const percent = comparison.ratio === null ? '' : ` (${formatPercent(comparison.ratio)})`;
      const approx = comparison.exact ? '' : 'about ';
      return (
        `${approx}${formatSignedCount(comparison.delta)}${percent} vs ` +
        `${formatObservation(comparison.previousValue)} in ${editionName(comparison.previous)}`
      );
    }
  }
}

/**
 * The change as a card's face says it, in two lines at most: the full sentence where it is short (a
 * number), the gist where it is long (the old and new wording go in the card's details). Every card
 * then keeps its height when the focus edition changes, so nothing on the page moves.
 */
export function briefComparison(comparison: Comparison): string {
  switch (comparison.kind) {
    case 'not-reported':
      return 'Not reported for this edition';
    case 'no-previous':
      return 'No earlier edition reported it';
    case 'not-comparable':
      return `Not comparable with ${editionName(comparison.previous)}: wording changed`;
    case 'bounds':
      return `Change unknown vs ${formatObservation(comparison.previousValue)} in ${editionName(comparison.previous)}`;
    case 'not-shown':
      return `Change ${NOT_SHOWN} (release mode)`;
    case 'change':
      return describeComparison(comparison);
  }
}
