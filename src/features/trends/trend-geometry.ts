/**
 * The trends chart's fixed measures and its x positions: each year an equal band of the time axis
 * (so the four empty years 2018–2021 look as long as they were), each edition an equal share of its
 * year (so 2008's two editions stand side by side).
 */
import { scaleBand } from 'd3';
import { px } from '../../charts/round';
import type { AxisYear } from '../../domain/time-axis';

export const TREND_LAYOUT = {
  marginLeft: 44,
  marginRight: 12,
  /** Room above the plot for the numbered wording-change badges. */
  markerStrip: 20,
  /** Below the baseline: a row of edition numerals, then a row of years. */
  axisHeight: 36,
  labelFont: 11,
  axisFont: 11,
  maxBarWidth: 48,
  /** Share of an edition's slot its bar fills; the rest separates neighbours. */
  barFill: 0.7,
  /** The floating dotted box that holds "—" for a value not reported (never a bar from zero). */
  notReportedBox: 14,
  notReportedLift: 4,
  /** Space for horizontal value labels above the tallest bar. */
  minHeadroom: 16,
} as const;

export interface EditionSlot {
  editionId: string;
  x0: number;
  x1: number;
  cx: number;
}

export function editionSlots(years: readonly AxisYear[], x0: number, x1: number) {
  const band = scaleBand<number>().domain(years.map((y) => y.year)).range([x0, x1]);
  const slots = new Map<string, EditionSlot>();
  for (const { year, editions } of years) {
    const start = band(year) ?? x0;
    const width = band.bandwidth() / Math.max(1, editions.length);
    editions.forEach((edition, i) => {
      const left = start + i * width;
      slots.set(edition.id, { editionId: edition.id, x0: px(left), x1: px(left + width), cx: px(left + width / 2) });
    });
  }
  return { band, slots };
}

export type YearBand = ReturnType<typeof editionSlots>['band'];
