/**
 * The map export's chart body inside the box the composition gives it: the coverage caption, the
 * whole map (the map's own projection and symbol layout at this size, never the zoom on screen), the
 * size key drawn with the same scale as the symbols, and the notes the legend needs. Pure: figures +
 * size → positions and text lines, wrapped on the export kit's committed font widths.
 */
import { px } from '../../charts/text-fit';
import type { TextLine } from '../../export/composition-layout';
import { textWidth } from '../../export/text-width';
import { wrapText } from '../../export/wrap-text';
import { formatCount } from '../../domain/format';
import type { OfficeFigure } from '../../domain/office-figures';
import { MAP_ASPECT } from './layout/projection';
import { symbolLayout } from './layout/symbols';
import type { SizeReference, SymbolLayout } from './layout/symbols';
import { displayedSymbols, NO_ZOOM } from './layout/zoomed';
import type { DisplayedSymbol } from './layout/zoomed';

export const MAP_EXPORT_TEXT = {
  caption: { fontSize: 15, lineHeight: 24 },
  key: { fontSize: 12 },
  note: { fontSize: 13, lineHeight: 18 },
} as const;

/** The size key's height for the largest symbol (26 px radius): fixed, so the map's box is known first. */
const KEY_HEIGHT = 60;
const GAP = { afterCaption: 6, afterMap: 10, afterKey: 6 };
const MIN_MAP_HEIGHT = 120;
/** Labels of the size key sit at least this far apart (as on screen). */
const LABEL_SPACING = 13;

export interface MapExportSpec {
  figures: readonly OfficeFigure[];
  /** "3 of 56 offices reported". */
  caption: string;
  /** "Circle area shows minor victims". */
  keyCaption: string;
  /** Sentences under the key (approximate values at their bound, no sized value, offices off the map). */
  notes: readonly string[];
}

export interface SizeKeyRow {
  value: number;
  circle: { cx: number; cy: number; r: number };
  tick: string;
  label: TextLine;
}

export interface MapExportLayout {
  caption: TextLine;
  map: { x: number; y: number; width: number; height: number };
  symbols: SymbolLayout;
  /** The symbols as drawn: at zoom 1, whatever the page's zoom. */
  displayed: DisplayedSymbol[];
  sizeKey: { rows: SizeKeyRow[]; caption: TextLine };
  notes: TextLine[];
}

const baseline = (top: number, fontSize: number, lineHeight: number): number => px(top + (lineHeight + 0.7 * fontSize) / 2);

/** Nested reference circles, bottoms aligned, each labelled at its top (the screen's key, as numbers). */
export function sizeKeyRows(references: readonly SizeReference[], top: number): { rows: SizeKeyRow[]; right: number; bottom: number } {
  const largest = references[0]?.r ?? 0;
  const labelX = 2 * largest + 12;
  const base = top + Math.max(2 * largest + 2, LABEL_SPACING * references.length);
  const rows: SizeKeyRow[] = [];
  for (const ref of references) {
    const circleTop = base - 2 * ref.r;
    const previous = rows.at(-1);
    const labelY = Math.max(circleTop, previous ? previous.label.y - 4 + LABEL_SPACING : circleTop, top + 6);
    rows.push({
      value: ref.value,
      circle: { cx: px(largest + 2), cy: px(circleTop + ref.r), r: px(ref.r) },
      tick: `${px(largest + 2)},${px(circleTop)} ${px(labelX - 8)},${px(circleTop)} ${px(labelX - 4)},${px(labelY)}`,
      // +4: the label's middle on the tick (no dominant-baseline, which some SVG renderers ignore).
      label: { text: formatCount(ref.value), x: px(labelX), y: px(labelY + 4) },
    });
  }
  const widest = Math.max(0, ...rows.map((row) => textWidth(row.label.text, MAP_EXPORT_TEXT.key.fontSize)));
  return { rows, right: labelX + widest, bottom: rows.length > 0 ? base : top };
}

/** The height the chart asks for at a width: the map at the panel's own proportions. */
export function mapExportHeight(spec: MapExportSpec, width: number): number {
  return Math.ceil(chromeHeight(spec, width) + width / MAP_ASPECT);
}

function noteLines(spec: MapExportSpec, width: number): string[] {
  const N = MAP_EXPORT_TEXT.note;
  return spec.notes.flatMap((note) => wrapText(note, width, N.fontSize));
}

function chromeHeight(spec: MapExportSpec, width: number): number {
  const notes = noteLines(spec, width).length * MAP_EXPORT_TEXT.note.lineHeight;
  return MAP_EXPORT_TEXT.caption.lineHeight + GAP.afterCaption + GAP.afterMap + KEY_HEIGHT + (notes > 0 ? GAP.afterKey + notes : 0);
}

/**
 * One layout per spec and size: the export input reads it for its legend (are any symbols moved off
 * their city?) and the drawing uses it again, so the relaxation of 56 symbols runs once per export.
 */
const cache = new WeakMap<MapExportSpec, { key: string; layout: MapExportLayout }>();

export function mapExportLayout(spec: MapExportSpec, size: { width: number; height: number }): MapExportLayout {
  const key = `${size.width}x${size.height}`;
  const cached = cache.get(spec);
  if (cached?.key === key) return cached.layout;
  const layout = computeLayout(spec, size);
  cache.set(spec, { key, layout });
  return layout;
}

function computeLayout(spec: MapExportSpec, size: { width: number; height: number }): MapExportLayout {
  const C = MAP_EXPORT_TEXT;
  const mapTop = C.caption.lineHeight + GAP.afterCaption;
  const mapHeight = Math.max(MIN_MAP_HEIGHT, size.height - chromeHeight(spec, size.width));
  const symbols = symbolLayout(spec.figures, { width: size.width, height: mapHeight });
  const keyTop = mapTop + mapHeight + GAP.afterMap;
  const key = sizeKeyRows(symbols.references, keyTop);
  const keyCaptionX = key.rows.length > 0 ? key.right + 16 : 0;
  // Beside the circles, at their middle; at the top of the block when there are none.
  const keyCaptionTop = key.rows.length > 0 ? (keyTop + key.bottom - C.note.lineHeight) / 2 : keyTop;
  const notesTop = keyTop + KEY_HEIGHT + GAP.afterKey;
  return {
    caption: { text: spec.caption, x: 0, y: baseline(0, C.caption.fontSize, C.caption.lineHeight) },
    map: { x: 0, y: mapTop, width: size.width, height: px(mapHeight) },
    symbols,
    displayed: displayedSymbols(symbols.symbols, NO_ZOOM),
    sizeKey: {
      rows: key.rows,
      caption: { text: spec.keyCaption, x: px(keyCaptionX), y: baseline(keyCaptionTop, C.note.fontSize, C.note.lineHeight) },
    },
    notes: noteLines(spec, size.width).map((text, i) => ({
      text,
      x: 0,
      y: baseline(notesTop + i * C.note.lineHeight, C.note.fontSize, C.note.lineHeight),
    })),
  };
}
