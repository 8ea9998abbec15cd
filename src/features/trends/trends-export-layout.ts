/**
 * Where the parts of the trends export's chart go inside the box the composition gives it: the
 * national chart with its caption, the numbered wording-change notes, then the selected offices as a
 * grid of small multiples. Pure (spec + size → boxes and text lines); text wraps on the export kit's
 * committed font widths, so the result is the same in every browser and in tests.
 *
 * At the natural size the charts keep the panel's own heights. In a box of another height (the
 * 1920×1080 slide) the charts stretch or shrink to fill it, text keeping its size; below their
 * minimum heights, everything is scaled down together and centred, so nothing is ever cut off.
 */
import { px } from '../../charts/round';
import type { TextLine } from '../../export/composition-layout';
import { textWidth } from '../../charts/text-width';
import type { FontWeight } from '../../charts/text-width';
import { wrapText } from '../../export/wrap-text';
import { SCALE_ROW_HEIGHT } from './trend-sizes';
import { nationalChartHeight, OFFICE_CHART_HEIGHT } from './trend-sizes';

export interface TrendsExportSpec {
  national: { title: string; coverage: string };
  scaleRows: number;
  notes: readonly { number: number; text: string }[];
  /** Says what the grid below is ("Selected field offices, one shared y-scale"); null without offices. */
  officesHeading: string | null;
  offices: readonly { title: string; coverage: string }[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ExportCaption {
  title: TextLine;
  coverage: TextLine;
}

export interface ExportNote {
  number: number;
  badge: { cx: number; cy: number };
  lines: TextLine[];
}

export interface TrendsExportLayout {
  /** 1, or less when even the minimum chart heights do not fit: then everything is scaled and centred. */
  scale: number;
  offsetX: number;
  national: { caption: ExportCaption; chart: Box };
  notes: ExportNote[];
  officesHeading: TextLine[];
  offices: { caption: ExportCaption; chart: Box }[];
  /** Height of the content before scaling. */
  height: number;
}

export const TRENDS_EXPORT_TEXT = {
  title: { fontSize: 15, weight: 'bold' },
  coverage: { fontSize: 13, weight: 'regular' },
  captionLine: 22,
  note: { fontSize: 13, lineHeight: 18, weight: 'regular' },
  noteIndent: 24,
  badgeRadius: 8,
} as const;

const GAP = { afterCaption: 2, afterNational: 10, betweenNotes: 4, afterNotes: 14, afterHeading: 6, column: 24, row: 14 };
const MIN_NATIONAL_BARS = 150;
const MIN_OFFICE = 110;
/** A roomier slide may stretch the charts, but not into towers. */
const MAX_STRETCH = 1.5;

/** Three small multiples a row at the natural width (as on a desktop), fewer in a narrower box. */
export function officeColumns(width: number): number {
  return width >= 900 ? 3 : width >= 560 ? 2 : 1;
}

/** A small multiple narrower than this would squeeze its eighteen years into illegible ticks. */
const MIN_CELL_WIDTH = 260;

const baseline = (top: number, fontSize: number, lineHeight: number): number => px(top + (lineHeight + 0.7 * fontSize) / 2);

/** Title and coverage on one line when they fit the width, else the coverage on a second line. */
function caption(text: { title: string; coverage: string }, x: number, top: number, width: number) {
  const T = TRENDS_EXPORT_TEXT;
  const titleWidth = textWidth(text.title, T.title.fontSize, T.title.weight);
  const oneLine = titleWidth + 10 + textWidth(text.coverage, T.coverage.fontSize, T.coverage.weight) <= width;
  const titleY = baseline(top, T.title.fontSize, T.captionLine);
  const coverage = oneLine
    ? { text: text.coverage, x: px(x + titleWidth + 10), y: titleY }
    : { text: text.coverage, x: px(x), y: baseline(top + T.captionLine, T.coverage.fontSize, T.captionLine) };
  return { caption: { title: { text: text.title, x: px(x), y: titleY }, coverage }, height: oneLine ? T.captionLine : 2 * T.captionLine };
}

function wrappedLines(text: string, x: number, top: number, width: number, style: { fontSize: number; lineHeight: number; weight: FontWeight }) {
  return wrapText(text, width, style.fontSize, style.weight).map((line, i) => ({
    text: line,
    x: px(x),
    y: baseline(top + i * style.lineHeight, style.fontSize, style.lineHeight),
  }));
}

/** Lays out the parts with the charts at the given heights; returns the layout and its height. */
function place(spec: TrendsExportSpec, width: number, columns: number, nationalHeight: number, officeHeight: number) {
  const T = TRENDS_EXPORT_TEXT;
  let y = 0;
  const nationalCaption = caption(spec.national, 0, y, width);
  y += nationalCaption.height + GAP.afterCaption;
  const nationalChart = { x: 0, y: px(y), width, height: px(nationalHeight) };
  y += nationalHeight + GAP.afterNational;

  const notes = spec.notes.map((note) => {
    const lines = wrappedLines(note.text, T.noteIndent, y, width - T.noteIndent, T.note);
    const placed = { number: note.number, badge: { cx: T.badgeRadius, cy: px(y + T.note.lineHeight / 2) }, lines };
    y += lines.length * T.note.lineHeight + GAP.betweenNotes;
    return placed;
  });
  if (notes.length > 0) y += GAP.afterNotes - GAP.betweenNotes;

  const heading = spec.officesHeading && spec.offices.length > 0 ? wrappedLines(spec.officesHeading, 0, y, width, T.note) : [];
  if (heading.length > 0) y += heading.length * T.note.lineHeight + GAP.afterHeading;

  const cellWidth = (width - (columns - 1) * GAP.column) / columns;
  const captionHeight = Math.max(0, ...spec.offices.map((office) => caption(office, 0, 0, cellWidth).height));
  const rows = Math.ceil(spec.offices.length / columns);
  const offices = spec.offices.map((office, i) => {
    const x = px((i % columns) * (cellWidth + GAP.column));
    const top = y + Math.floor(i / columns) * (captionHeight + GAP.afterCaption + officeHeight + GAP.row);
    return {
      caption: caption(office, x, top, cellWidth).caption,
      chart: { x, y: px(top + captionHeight + GAP.afterCaption), width: px(cellWidth), height: px(officeHeight) },
    };
  });
  if (rows > 0) y += rows * (captionHeight + GAP.afterCaption + officeHeight) + (rows - 1) * GAP.row;
  const parts = { national: { caption: nationalCaption.caption, chart: nationalChart }, notes, officesHeading: heading, offices, height: y };
  return { parts, rows };
}

/** The chart heights the panel uses on screen. */
function naturalHeights(spec: TrendsExportSpec) {
  return { national: nationalChartHeight(spec.scaleRows), office: OFFICE_CHART_HEIGHT };
}

/** The height the chart asks for at a width: every part at the panel's own chart heights. */
export function trendsExportHeight(spec: TrendsExportSpec, width: number): number {
  const natural = naturalHeights(spec);
  return Math.ceil(place(spec, width, officeColumns(width), natural.national, natural.office).parts.height);
}

/** The layout with a given number of office columns, stretched (or scaled) to the box. */
function fitted(spec: TrendsExportSpec, size: { width: number; height: number }, columns: number): TrendsExportLayout {
  const natural = naturalHeights(spec);
  const atNatural = place(spec, size.width, columns, natural.national, natural.office);
  const flexible = natural.national + atNatural.rows * natural.office;
  const fixed = atNatural.parts.height - flexible;
  const stretch = Math.min(MAX_STRETCH, Math.max(0, size.height - fixed) / flexible);
  const minNational = MIN_NATIONAL_BARS + spec.scaleRows * SCALE_ROW_HEIGHT;
  const { parts } = place(spec, size.width, columns, Math.max(minNational, natural.national * stretch), Math.max(MIN_OFFICE, natural.office * stretch));
  // Rounding of the stretch may leave the content a hair taller than the box: only a real excess scales.
  const scale = parts.height > size.height + 0.5 ? size.height / parts.height : 1;
  return { ...parts, scale, offsetX: px((size.width * (1 - scale)) / 2) };
}

/**
 * The panel's column count when everything fits; in a wide, short box (a slide with many offices)
 * the count among those that keep cells legible that needs the least scaling down.
 */
export function trendsExportLayout(spec: TrendsExportSpec, size: { width: number; height: number }): TrendsExportLayout {
  const usual = officeColumns(size.width);
  let best = fitted(spec, size, usual);
  const widest = Math.min(spec.offices.length, Math.floor((size.width + GAP.column) / (MIN_CELL_WIDTH + GAP.column)));
  for (let columns = 1; columns <= widest && best.scale < 1; columns += 1) {
    const candidate = columns === usual ? best : fitted(spec, size, columns);
    if (candidate.scale > best.scale) best = candidate;
  }
  return best;
}
