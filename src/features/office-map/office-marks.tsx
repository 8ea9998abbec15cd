/**
 * The map's stateless marks, drawn the same on the page and in the export: leader lines, each
 * office's halo, symbol and selection ring, and the size key. Every colour and width is an SVG
 * attribute in the light scheme an export keeps (an exported file has no stylesheet); the page
 * restyles them for dark mode and interaction in office-map.css through the `data-part` attributes,
 * never classes, so an exported SVG carries no class at all.
 */
import { px } from '../../charts/round';
import { INK, INK_MUTED, markEncoding, PAPER } from '../../charts/theme';
import type { SizeKeyLayout } from './layout/size-key';
import { SIZE_KEY_FONT_SIZE } from './layout/size-key';
import type { DisplayedSymbol } from './layout/zoomed';
import { SYMBOL_COLOUR } from './map-legend';

/** Lines from a city to its office's symbol, where relaxation moved the symbol aside. Decoration only. */
export function LeaderLines({ symbols }: { symbols: readonly DisplayedSymbol[] }) {
  return (
    <g aria-hidden="true">
      {symbols.map((s) =>
        s.displaced ? (
          <g key={s.id} data-part="leader">
            <line x1={px(s.ax)} y1={px(s.ay)} x2={px(s.cx)} y2={px(s.cy)} stroke={INK_MUTED} strokeWidth={1} />
            <circle cx={px(s.ax)} cy={px(s.ay)} r={1.5} fill={INK_MUTED} />
          </g>
        ) : null,
      )}
    </g>
  );
}

/** One office: a halo that keeps overlapping symbols apart, the mark in its value state, and a ring when selected. */
export function OfficeShape({ symbol, selected }: { symbol: DisplayedSymbol; selected: boolean }) {
  const [cx, cy, r] = [px(symbol.cx), px(symbol.cy), px(symbol.r)];
  return (
    <>
      <circle data-part="halo" cx={cx} cy={cy} r={r + 1} fill="none" stroke={PAPER} strokeWidth={2} />
      <circle data-part="mark" cx={cx} cy={cy} r={r} {...markEncoding(symbol.state, SYMBOL_COLOUR)} />
      {selected ? <circle data-part="ring" cx={cx} cy={cy} r={r + 3.5} fill="none" stroke={INK} strokeWidth={2.5} /> : null}
    </>
  );
}

/** The size key's circles, ticks and labels, laid out by sizeKeyLayout. */
export function SizeKeyMarks({ layout }: { layout: SizeKeyLayout }) {
  return (
    <>
      {layout.rows.map((row) => (
        <g key={row.value} data-part="size-ref">
          <circle {...row.circle} fill="none" stroke={INK_MUTED} strokeWidth={1} />
          <polyline points={row.tick} fill="none" stroke={INK_MUTED} strokeWidth={0.75} strokeDasharray="2 2" />
          <text x={row.label.x} y={row.label.y} fontSize={SIZE_KEY_FONT_SIZE} fill={INK}>
            {row.label.text}
          </text>
        </g>
      ))}
    </>
  );
}
