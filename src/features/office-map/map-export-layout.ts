/**
 * The map export's chart body inside the box the composition gives it: the coverage caption, the
 * whole map (the map's own projection and symbol layout at this size, never the zoom on screen), the
 * size key drawn with the same scale as the symbols, and the notes the legend needs. Pure: figures +
 * size → positions and text lines, wrapped on the export kit's committed font widths.
 */
import { px } from '../../charts/round';
import type { TextLine } from '../../export/composition-layout';
import { wrapText } from '../../export/wrap-text';
import type { OfficeFigure } from '../../domain/office-figures';
import { MAP_ASPECT } from './layout/projection';
import { symbolLayout } from './layout/symbols';
import type { SymbolLayout } from './layout/symbols';
import { sizeKeyLayout } from './layout/size-key';
import type { SizeKeyLayout } from './layout/size-key';
import { displayedSymbols, NO_ZOOM } from './layout/zoomed';
import type { DisplayedSymbol } from './layout/zoomed';

export const MAP_EXPORT_TEXT = {
  caption: { fontSize: 15, lineHeight: 24 },
  note: { fontSize: 13, lineHeight: 18 },
} as const;

/** The size key's height for the largest symbol (26 px radius): fixed, so the map's box is known first. */
const KEY_HEIGHT = 60;
const GAP = { afterCaption: 6, afterMap: 10, afterKey: 6 };
const MIN_MAP_HEIGHT = 120;

export interface MapExportSpec {
  figures: readonly OfficeFigure[];
  /** "3 of 56 offices reported". */
  caption: string;
  /** "Circle area shows minor victims". */
  keyCaption: string;
  /** Sentences under the key (approximate values at their bound, no sized value, offices off the map). */
  notes: readonly string[];
}

export interface MapExportLayout {
  caption: TextLine;
  map: { x: number; y: number; width: number; height: number };
  symbols: SymbolLayout;
  /** The symbols as drawn: at zoom 1, whatever the page's zoom. */
  displayed: DisplayedSymbol[];
  sizeKey: { layout: SizeKeyLayout; caption: TextLine };
  notes: TextLine[];
}

const baseline = (top: number, fontSize: number, lineHeight: number): number => px(top + (lineHeight + 0.7 * fontSize) / 2);

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
  const key = sizeKeyLayout(symbols.references, keyTop);
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
      layout: key,
      caption: { text: spec.keyCaption, x: px(keyCaptionX), y: baseline(keyCaptionTop, C.note.fontSize, C.note.lineHeight) },
    },
    notes: noteLines(spec, size.width).map((text, i) => ({
      text,
      x: 0,
      y: baseline(notesTop + i * C.note.lineHeight, C.note.fontSize, C.note.lineHeight),
    })),
  };
}
