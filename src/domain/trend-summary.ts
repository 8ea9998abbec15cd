/**
 * The one sentence under each trends chart: also its accessible description and, later, the alt
 * text of its export. A fixed template over the trends selectors (the patterns of summary.ts, whose
 * headline sentence stays as it is), so the same data always give the same words.
 */
import type { Comparison } from './comparison';
import type { Edition, Observation } from '../data/types';
import { describeObservation, editionName, formatCount } from './format';
import { isSampleValue } from './shown-value';
import { NOT_SHOWN } from './suppression-text';
import { yearSpan } from './time-axis';
import type { TrendPoint, TrendSeries } from './trends';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function previousPhrase(comparison: Extract<Comparison, { previousValue: Observation }>): string {
  // Release mode: a wording change next to a withheld value names the edition, not the value.
  if (comparison.kind === 'not-comparable' && comparison.valuesWithheld) return `the figure in ${editionName(comparison.previous)}`;
  return `${describeObservation(comparison.previousValue)} in ${editionName(comparison.previous)}`;
}

/** ", down 25 (30%) from 84 in OCC XII (2022)" and the like; empty when there is nothing to compare. */
function changeClause(comparison: Comparison): string {
  switch (comparison.kind) {
    case 'not-reported':
    case 'no-previous':
      return '';
    case 'not-comparable':
      return `, which cannot be compared with ${previousPhrase(comparison)} because the release wording changed`;
    case 'bounds':
      return `, against ${previousPhrase(comparison)}; the size of the change is unknown because a figure is a lower bound`;
    case 'not-shown':
      return `; its change from ${editionName(comparison.previous)} is ${NOT_SHOWN} in release mode`;
    case 'change': {
      if (comparison.delta === 0) return `, the same as ${previousPhrase(comparison)}`;
      const direction = comparison.delta > 0 ? 'up' : 'down';
      const about = comparison.exact ? '' : 'about ';
      const percent = comparison.ratio === null ? '' : ` (${Math.round(Math.abs(comparison.ratio) * 100)}%)`;
      return `, ${direction} ${about}${formatCount(Math.abs(comparison.delta))}${percent} from ${previousPhrase(comparison)}`;
    }
  }
}

/**
 * The highest value, only when it is certainly the highest: one edition alone at the top, and no
 * lower bound among the values. A "more than 200" may be any larger number, so beside it no value
 * can be called the highest (nor can it, when another figure might exceed it or matches it); a tie
 * has no single highest either.
 */
function peak(points: readonly TrendPoint[]): TrendPoint | undefined {
  const valued = points.filter((p): p is TrendPoint & { value: number } => p.value !== null);
  if (valued.length < 2 || valued.some((p) => p.observation?.qualifier === 'at-least')) return undefined;
  // Release mode: a hidden value may be the highest, so none is named (a "<K" is below any shown count).
  if (points.some((p) => p.state === 'hidden')) return undefined;
  // A "<K" sorts at K − ½: a shown value under it (a published 1) may not be the highest either.
  const smallCeiling = Math.max(-Infinity, ...points.flatMap((p) => (p.state === 'suppressed' && p.withheld?.sortKey != null ? [p.withheld.sortKey] : [])));
  const max = Math.max(...valued.map((p) => p.value));
  if (max < smallCeiling) return undefined;
  const top = valued.filter((p) => p.value === max);
  return top.length === 1 ? top[0] : undefined;
}

/** "5 of 13 editions reported a figure" plus the synthetic count on sample data (never "reported"). */
function coverageClause(series: TrendSeries): string {
  const { reported, synthetic } = series.coverage;
  const generated = synthetic > 0 ? `, ${synthetic} with synthetic sample values` : '';
  return `${reported} of ${plural(series.points.length, 'edition')} reported a figure${generated}`;
}

/** What the edition shows: a generated value is a sample value, never something an edition reported. */
function pointClause(point: TrendPoint, peakNote: string): string {
  const name = editionName(point.edition);
  if (point.state === 'hidden') return `${name}'s figure is ${point.spoken}${changeClause(point.comparison)}`;
  if (point.value === null && point.state !== 'suppressed') return `${name} did not report it`;
  const shows = isSampleValue(point) ? `has the synthetic sample value ${point.spoken}` : `reported ${point.spoken}`;
  return `${name} ${shows}${peakNote}${changeClause(point.comparison)}`;
}

/**
 * The edition the sentence is about: the focus edition when it is on the axis, otherwise the latest
 * edition on the axis that reported the figure.
 */
export function summaryEdition(series: TrendSeries, focus: Edition | undefined): TrendPoint | undefined {
  const onAxis = focus ? series.points.find((p) => p.edition.id === focus.id) : undefined;
  return onAxis ?? series.points.findLast((p) => p.state !== 'not-reported');
}

/**
 * e.g. "National minor victims, 2008–2025: 13 of 13 editions reported a figure, with the highest,
 * 168, in OCC VIII (2014); OCC XIII (2023) reported 59, down 25 (30%) from 84 in OCC XII (2022); the
 * release wording changed once in these years, so values either side of the marker are not
 * comparable."
 */
export function trendSummary(
  series: TrendSeries,
  firstYear: number,
  lastYear: number,
  focus: Edition | undefined,
): string {
  const sample = series.hasSynthetic ? 'Sample data: ' : '';
  // The short label is a plain noun ("traffickers"); the full label would claim one meaning for
  // every edition, while the wording changed (the markers and their notes say how).
  const subject = `${sample}${series.placeName} ${series.metric.shortLabel.toLowerCase()}, ${yearSpan(firstYear, lastYear)}`;
  const total = series.points.length;
  if (total === 0) return `${subject}: no edition ran in these years.`;
  if (series.coverage.reported === 0 && series.coverage.synthetic === 0) {
    return total === 1
      ? `${subject}: the one edition did not report a figure.`
      : `${subject}: none of the ${total} editions reported a figure.`;
  }

  const point = summaryEdition(series, focus);
  const highest = peak(series.points);
  const pointIsPeak = highest !== undefined && highest.edition.id === point?.edition.id;

  let opening = `${subject}: ${coverageClause(series)}`;
  if (highest && !pointIsPeak) opening += `, with the highest, ${highest.spoken}, in ${editionName(highest.edition)}`;
  const parts = [opening];
  if (point) parts.push(pointClause(point, pointIsPeak ? ' (the highest in these years)' : ''));

  const saidNotComparable = point?.comparison.kind === 'not-comparable';
  const breaks = series.breaks.length;
  if (breaks > 1 || (breaks === 1 && !saidNotComparable)) {
    const times = breaks === 1 ? 'once' : `${breaks} times`;
    const marker = breaks === 1 ? 'the marker' : 'a marker';
    parts.push(`the release wording changed ${times} in these years, so values either side of ${marker} are not comparable`);
  }
  return `${parts.join('; ')}.`;
}
