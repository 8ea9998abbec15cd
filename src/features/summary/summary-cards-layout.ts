/**
 * The key-figure cards of the one-page summary image, as plain numbers (no DOM): a grid of at most
 * four columns, every card the same height and every part of a card on the same line across a row
 * (so the values line up), each with its sparkline and the first and last year under it. Text is
 * wrapped on the committed Public Sans widths, so the layout is deterministic (exact numbers in
 * tests/features/summary/summary-cards-layout.test.ts).
 *
 * The export kit gives the cards a box: at the natural size the box has the height the cards ask
 * for; on a slide it may be taller (the sparklines grow, up to SPARK_MAX_HEIGHT, and the grid is
 * centred) or shorter (the grid is scaled down whole and centred, never cut).
 */
import { px } from '../../charts/round';
import { sparklineLayout } from '../../charts/sparkline-layout';
import type { SparkInput, SparkLayout } from '../../charts/sparkline-layout';
import { textWidth } from '../../charts/text-width';
import { INK, INK_MUTED, SAMPLE_COLOUR } from '../../charts/theme';
import { textBlock } from '../../export/composition-layout';
import type { Box, TextBlock, TextStyle } from '../../export/composition-layout';

/** One card's face, as the page shows it (HeadlineCard's display fields). */
export interface SummaryCardSpec {
  /** The metric's short label: "Minor victims". */
  label: string;
  /** As displayed: "59", "200+", "≈700", "—". */
  value: string;
  /** "Lower bound", "Not reported", "SAMPLE DATA"; empty for a plain reported figure. */
  state: string;
  /** The state line is the SAMPLE DATA mark (drawn in the mark's colour). */
  sample: boolean;
  /** The brief change: "−25 (−30%) vs 84 in OCC XII (2022)". */
  change: string;
  /** The metric the view is about: its card is outlined. */
  selected: boolean;
  spark: Omit<SparkInput, 'width' | 'height'>;
}

export const CARD_STYLE = {
  maxColumns: 4,
  gap: 16,
  padding: 12,
  label: { fontSize: 14, lineHeight: 18, weight: 'bold', fill: INK },
  value: { fontSize: 30, lineHeight: 38, weight: 'bold', fill: INK },
  state: { fontSize: 12, lineHeight: 16, weight: 'regular', fill: INK_MUTED },
  sampleState: { fontSize: 12, lineHeight: 16, weight: 'bold', fill: SAMPLE_COLOUR },
  change: { fontSize: 12, lineHeight: 16, weight: 'regular', fill: INK },
  years: { fontSize: 11, lineHeight: 14, weight: 'regular', fill: INK_MUTED },
  afterChange: 8,
  sparkHeight: 40,
} as const satisfies Record<string, unknown>;

/** The tallest a sparkline grows when a slide leaves the cards more room than they need. */
export const SPARK_MAX_HEIGHT = 96;

export interface SummaryCardLayout {
  box: Box;
  selected: boolean;
  label: TextBlock;
  value: TextBlock;
  state: TextBlock;
  change: TextBlock;
  /** The sparkline's origin; its own layout is in its own units from there. */
  sparkAt: { x: number; y: number };
  spark: SparkLayout;
  /** First year at the left edge, last year right-aligned to the sparkline's end. */
  years: TextBlock[];
}

export interface SummaryCardsLayout {
  /** The grid's own size, before `scale`. */
  width: number;
  height: number;
  /** Where the grid sits in the box it was given, and by how much it is scaled down (1 = not). */
  transform: { x: number; y: number; scale: number };
  cards: SummaryCardLayout[];
}

export interface SummaryYears {
  first: number;
  last: number;
}

interface Grid {
  columns: number;
  rows: number;
  cardWidth: number;
  inner: number;
  /** Lines each text part takes on every card: the most any card needs. */
  lines: { label: number; state: number; change: number };
}

function gridOf(cards: readonly SummaryCardSpec[], width: number): Grid {
  const S = CARD_STYLE;
  const columns = Math.max(1, Math.min(S.maxColumns, cards.length));
  const cardWidth = (width - (columns - 1) * S.gap) / columns;
  const inner = cardWidth - 2 * S.padding;
  const most = (count: (card: SummaryCardSpec) => number) => Math.max(1, ...cards.map(count));
  const lines = (text: string, style: TextStyle) => textBlock(text, style, 0, 0, inner).lines.length;
  return {
    columns,
    rows: Math.ceil(cards.length / columns),
    cardWidth,
    inner,
    lines: {
      label: most((card) => lines(card.label, S.label)),
      state: most((card) => lines(card.state, S.state)),
      change: most((card) => lines(card.change, S.change)),
    },
  };
}

/** A card's height with a sparkline of `sparkHeight`. */
function cardHeight(grid: Grid, sparkHeight: number): number {
  const S = CARD_STYLE;
  const text =
    grid.lines.label * S.label.lineHeight +
    S.value.lineHeight +
    grid.lines.state * S.state.lineHeight +
    grid.lines.change * S.change.lineHeight;
  return 2 * S.padding + text + S.afterChange + sparkHeight + S.years.lineHeight;
}

const gridHeight = (grid: Grid, sparkHeight: number): number =>
  grid.rows * cardHeight(grid, sparkHeight) + (grid.rows - 1) * CARD_STYLE.gap;

/** The cards' natural height at a width: what the chart box asks the composition for. */
export function summaryCardsHeight(cards: readonly SummaryCardSpec[], width: number): number {
  return cards.length === 0 ? 0 : Math.ceil(gridHeight(gridOf(cards, width), CARD_STYLE.sparkHeight));
}

function layoutCard(card: SummaryCardSpec, grid: Grid, box: Box, sparkHeight: number, years: SummaryYears): SummaryCardLayout {
  const S = CARD_STYLE;
  const x = box.x + S.padding;
  let top = box.y + S.padding;
  const label = textBlock(card.label, S.label, x, top, grid.inner);
  top += grid.lines.label * S.label.lineHeight;
  const value = textBlock(card.value, S.value, x, top, grid.inner);
  top += S.value.lineHeight;
  const state = textBlock(card.state, card.sample ? S.sampleState : S.state, x, top, grid.inner);
  top += grid.lines.state * S.state.lineHeight;
  const change = textBlock(card.change, S.change, x, top, grid.inner);
  top += grid.lines.change * S.change.lineHeight + S.afterChange;
  const spark = sparklineLayout({ ...card.spark, width: px(grid.inner), height: px(sparkHeight) });
  const yearsTop = top + sparkHeight;
  const last = String(years.last);
  const lastX = x + grid.inner - textWidth(last, S.years.fontSize, S.years.weight);
  return {
    box,
    selected: card.selected,
    label,
    value,
    state,
    change,
    sparkAt: { x: px(x), y: px(top) },
    spark,
    years: [textBlock(String(years.first), S.years, x, yearsTop, grid.inner), ...(years.last === years.first ? [] : [textBlock(last, S.years, lastX, yearsTop, grid.inner)])],
  };
}

/** `height: null` = the natural height; a number = fit that box (grow the sparklines or scale down). */
export function summaryCardsLayout(
  cards: readonly SummaryCardSpec[],
  years: SummaryYears,
  size: { width: number; height: number | null },
): SummaryCardsLayout {
  const S = CARD_STYLE;
  const grid = gridOf(cards, size.width);
  const natural = gridHeight(grid, S.sparkHeight);
  const room = size.height === null ? 0 : size.height - natural;
  // Extra room goes to the sparklines first (each row's share), up to their cap.
  const sparkHeight = S.sparkHeight + Math.max(0, Math.min(SPARK_MAX_HEIGHT - S.sparkHeight, room / Math.max(1, grid.rows)));
  const height = gridHeight(grid, sparkHeight);
  const rowHeight = cardHeight(grid, sparkHeight);
  const laid = cards.map((card, i) => {
    const column = i % grid.columns;
    const row = Math.floor(i / grid.columns);
    const box = { x: px(column * (grid.cardWidth + S.gap)), y: px(row * (rowHeight + S.gap)), width: px(grid.cardWidth), height: px(rowHeight) };
    return layoutCard(card, grid, box, sparkHeight, years);
  });
  const boxHeight = size.height ?? height;
  const scale = height > boxHeight && height > 0 ? boxHeight / height : 1;
  return {
    width: size.width,
    height: px(height),
    transform: { x: px((size.width * (1 - scale)) / 2), y: px((boxHeight - height * scale) / 2), scale: Number(scale.toFixed(4)) },
    cards: laid,
  };
}
