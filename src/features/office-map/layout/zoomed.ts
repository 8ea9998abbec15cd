/**
 * Symbols under the current zoom. The map (outlines and cities) scales with the zoom, the symbols
 * keep their size on screen, and each keeps the pixel offset relaxation gave it at zoom 1: as the
 * cities spread apart with the zoom, the offsets are still enough to keep symbols distinct.
 */
import type { OfficeSymbol } from './symbols';

export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

export const NO_ZOOM: ZoomState = { k: 1, x: 0, y: 0 };

export interface DisplayedSymbol extends OfficeSymbol {
  /** The city on screen. */
  ax: number;
  ay: number;
  /** The symbol's centre on screen. */
  cx: number;
  cy: number;
  /** True when the symbol sits off its city far enough to need a leader line. */
  displaced: boolean;
}

/** Below this many pixels a leader line would be a dot under the symbol: not drawn. */
export const LEADER_MIN_OFFSET = 2;

export function displayedSymbols(symbols: readonly OfficeSymbol[], zoom: ZoomState): DisplayedSymbol[] {
  return symbols.map((symbol) => {
    const ax = zoom.x + zoom.k * symbol.anchor[0];
    const ay = zoom.y + zoom.k * symbol.anchor[1];
    const offsetX = symbol.x - symbol.anchor[0];
    const offsetY = symbol.y - symbol.anchor[1];
    return {
      ...symbol,
      ax,
      ay,
      cx: ax + offsetX,
      cy: ay + offsetY,
      displaced: Math.hypot(offsetX, offsetY) >= LEADER_MIN_OFFSET,
    };
  });
}

/** True when the point lies inside the width × height view (with a margin inward). */
export function inView(x: number, y: number, width: number, height: number, margin = 0): boolean {
  return x >= margin && y >= margin && x <= width - margin && y <= height - margin;
}

/** True when any symbol sits off its city at zoom 1 far enough for a leader line (the legend then explains the lines). */
export function anyDisplaced(symbols: readonly OfficeSymbol[]): boolean {
  return symbols.some((symbol) => Math.hypot(symbol.x - symbol.anchor[0], symbol.y - symbol.anchor[1]) >= LEADER_MIN_OFFSET);
}
