/**
 * The export composition's layout: input + frame → every text line, swatch and box as plain numbers
 * (no DOM, no React). Title, filters and summary on top, the legend, the chart, then the footer with
 * sources, as-of date, dataset version and the link to the view; the SAMPLE DATA mark top right.
 * Text is wrapped on the committed Public Sans widths, so the result is deterministic.
 */
import type { LegendEntry } from '../charts/legend';
import { px } from '../charts/round';
import { INK, INK_MUTED, PAPER, SAMPLE_COLOUR, YOUR_DATA_COLOUR } from '../charts/theme';
import { INTERNAL_MARK } from '../domain/release-notes';
import { YOUR_DATA_MARK } from '../domain/your-data';
import type { ExportInput } from './composition-types';
import { datasetText, SAMPLE_MARK_TEXT, SAMPLE_NOTE, sourcesText, subtitleText, viewLinkText } from './composition-text';
import type { FontWeight } from '../charts/text-width';
import { textWidth } from '../charts/text-width';
import { wrapText } from './wrap-text';

export interface TextStyle {
  fontSize: number;
  lineHeight: number;
  weight: FontWeight;
  fill: string;
}

/** Sizes in user units at the natural width (1200): a page in a briefing, read at arm's length. */
export const EXPORT_STYLE = {
  margin: 40,
  title: { fontSize: 26, lineHeight: 32, weight: 'bold', fill: INK },
  subtitle: { fontSize: 16, lineHeight: 22, weight: 'regular', fill: INK_MUTED },
  summary: { fontSize: 15, lineHeight: 21, weight: 'regular', fill: INK },
  legend: { fontSize: 13, lineHeight: 18, weight: 'regular', fill: INK },
  footer: { fontSize: 12, lineHeight: 17, weight: 'regular', fill: INK_MUTED },
  sampleNote: { fontSize: 12, lineHeight: 17, weight: 'bold', fill: SAMPLE_COLOUR },
  yourDataNote: { fontSize: 12, lineHeight: 17, weight: 'bold', fill: YOUR_DATA_COLOUR },
  releaseNote: { fontSize: 12, lineHeight: 17, weight: 'bold', fill: INK },
  badge: { fontSize: 13, lineHeight: 26, weight: 'bold', fill: PAPER },
  badgePadding: 10,
  swatch: { width: 18, height: 12, gap: 6 },
  legendEntryGap: 24,
  legendRowGap: 6,
  gaps: { afterTitle: 4, afterSubtitle: 10, afterSummary: 16, afterLegend: 14, afterChart: 16, afterRule: 10 },
} as const satisfies Record<string, unknown>;

export interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

export interface TextBlock {
  style: TextStyle;
  lines: TextLine[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendItem {
  entry: LegendEntry;
  swatch: Box;
  label: TextBlock;
}

export interface CompositionLayout {
  width: number;
  height: number;
  title: TextBlock;
  subtitle: TextBlock;
  summary: TextBlock;
  /** SAMPLE DATA or YOUR DATA, top right; `colour` is its background (the label is white). */
  badge: { box: Box; label: TextBlock; colour: string } | null;
  legend: LegendItem[];
  chart: Box;
  rule: { x1: number; x2: number; y: number };
  footer: TextBlock[];
}

/** `height: null` = as tall as the content (the chart at its own height); a number = fill exactly. */
export interface CompositionFrame {
  width: number;
  height: number | null;
}

/** Baseline of a line whose box starts at `top`: cap height (≈0.7 em) centred in the line box. */
function baseline(top: number, style: TextStyle): number {
  return px(top + (style.lineHeight + 0.7 * style.fontSize) / 2);
}

/** `text` wrapped to `maxWidth` in `style`, its first line box at `top` (also used by the panels' exports). */
export function textBlock(text: string, style: TextStyle, x: number, top: number, maxWidth: number): TextBlock {
  const lines = wrapText(text, maxWidth, style.fontSize, style.weight).map((line, i) => ({
    text: line,
    x: px(x),
    y: baseline(top + i * style.lineHeight, style),
  }));
  return { style, lines };
}

const blockHeight = (block: TextBlock): number => block.lines.length * block.style.lineHeight;

/** Legend entries flow left to right and wrap into rows; a label wider than a row wraps itself. */
function layoutLegend(entries: readonly LegendEntry[], x0: number, top: number, width: number) {
  const S = EXPORT_STYLE;
  const labelX = S.swatch.width + S.swatch.gap;
  const items: LegendItem[] = [];
  let x = x0;
  let rowTop = top;
  let rowHeight = 0;
  for (const entry of entries) {
    const natural = labelX + textWidth(entry.label, S.legend.fontSize, S.legend.weight);
    if (x > x0 && x + natural > x0 + width) {
      x = x0;
      rowTop += rowHeight + S.legendRowGap;
      rowHeight = 0;
    }
    const label = textBlock(entry.label, S.legend, x + labelX, rowTop, width - labelX);
    const swatchY = rowTop + (S.legend.lineHeight - S.swatch.height) / 2;
    items.push({ entry, swatch: { x: px(x), y: px(swatchY), width: S.swatch.width, height: S.swatch.height }, label });
    rowHeight = Math.max(rowHeight, blockHeight(label));
    x += Math.min(natural, width) + S.legendEntryGap;
  }
  return { items, bottom: items.length > 0 ? rowTop + rowHeight : top };
}

function layoutBadge(text: string, colour: string, right: number, top: number) {
  const S = EXPORT_STYLE;
  const width = px(textWidth(text, S.badge.fontSize, S.badge.weight) + 2 * S.badgePadding);
  const box = { x: px(right - width), y: top, width, height: S.badge.lineHeight };
  return { box, label: textBlock(text, S.badge, box.x + S.badgePadding, top, width), colour };
}

/** The mark of what the figures are: generated (SAMPLE DATA) or an analyst's own (YOUR DATA). */
function badgeFor(input: ExportInput, right: number, top: number) {
  if (input.sample) return layoutBadge(SAMPLE_MARK_TEXT, SAMPLE_COLOUR, right, top);
  // An analyst's figures with release mode off: the warning outranks whose figures they are (the footer says that).
  if (input.internal) return layoutBadge(INTERNAL_MARK, INK, right, top);
  if (input.yourData !== null) return layoutBadge(YOUR_DATA_MARK, YOUR_DATA_COLOUR, right, top);
  return null;
}

export function layoutComposition(input: ExportInput, frame: CompositionFrame): CompositionLayout {
  const S = EXPORT_STYLE;
  const x = S.margin;
  const contentWidth = frame.width - 2 * S.margin;
  const badge = badgeFor(input, frame.width - S.margin, S.margin);
  const titleWidth = badge ? contentWidth - badge.box.width - 16 : contentWidth;

  let y = S.margin;
  const title = textBlock(input.title, S.title, x, y, titleWidth);
  y += Math.max(blockHeight(title), badge?.box.height ?? 0) + S.gaps.afterTitle;
  const subtitle = textBlock(subtitleText(input.filters), S.subtitle, x, y, contentWidth);
  if (subtitle.lines.length > 0) y += blockHeight(subtitle) + S.gaps.afterSubtitle;
  const summary = textBlock(input.summary, S.summary, x, y, contentWidth);
  if (summary.lines.length > 0) y += blockHeight(summary) + S.gaps.afterSummary;
  const legend = layoutLegend(input.legend, x, y, contentWidth);
  if (legend.items.length > 0) y = legend.bottom + S.gaps.afterLegend;
  const chartTop = y;

  // The footer is laid out from 0 and moved below the chart once the chart's height is known.
  const footerTexts = [sourcesText(input.sources), datasetText(input.dataset), viewLinkText(input.viewUrl)];
  const footerDraft: TextBlock[] = [];
  let footerHeight = S.gaps.afterRule;
  for (const text of footerTexts) {
    const block = textBlock(text, S.footer, x, footerHeight, contentWidth);
    footerDraft.push(block);
    footerHeight += blockHeight(block);
  }
  const notes: [string, TextStyle][] = [];
  if (input.sample) notes.push([SAMPLE_NOTE, S.sampleNote]);
  if (input.yourData !== null) notes.push([input.yourData, S.yourDataNote]);
  for (const note of input.releaseNotes ?? []) notes.push([note, S.releaseNote]);
  for (const [text, style] of notes) {
    const note = textBlock(text, style, x, footerHeight, contentWidth);
    footerDraft.push(note);
    footerHeight += blockHeight(note);
  }

  const chrome = chartTop + S.gaps.afterChart + footerHeight + S.margin;
  const chartHeight = frame.height === null ? input.chart.height : Math.max(0, frame.height - chrome);
  const ruleY = px(chartTop + chartHeight + S.gaps.afterChart);
  const footer = footerDraft.map((block) => ({
    style: block.style,
    lines: block.lines.map((line) => ({ ...line, y: px(line.y + ruleY) })),
  }));

  return {
    width: frame.width,
    // A whole number of px at the natural size, so the viewBox and the image size agree exactly.
    height: frame.height ?? Math.ceil(chrome + chartHeight),
    title,
    subtitle,
    summary,
    badge,
    legend: legend.items,
    chart: { x, y: px(chartTop), width: contentWidth, height: px(chartHeight) },
    rule: { x1: x, x2: frame.width - S.margin, y: ruleY },
    footer,
  };
}

/** Height of everything but the chart at a width: how much room a fixed frame leaves the chart. */
export function chromeHeight(input: ExportInput, width: number): number {
  const layout = layoutComposition(input, { width, height: null });
  return layout.height - layout.chart.height;
}
