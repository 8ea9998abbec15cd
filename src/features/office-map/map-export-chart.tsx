/**
 * Stateless: the map export's chart body. The page draws outlines, halos and rings with CSS classes
 * (they follow the colour scheme); an exported SVG has no stylesheet, so here every colour and width
 * is an SVG attribute, in the light scheme exports always use, and the symbols take their value
 * state's encoding from markEncoding, as on screen. Strokes are divided by the outline's scale rather
 * than using vector-effect, which some SVG readers (office suites) ignore.
 */
import { px } from '../../charts/text-fit';
import { GAP_FILL, INK, INK_MUTED, markEncoding } from '../../charts/theme';
import type { ChartSize } from '../../export/composition-types';
import type { TextLine } from '../../export/composition-layout';
import type { Basemap } from './layout/basemap';
import { basemapFit } from './layout/basemap';
import type { DisplayedSymbol } from './layout/zoomed';
import { MAP_EXPORT_TEXT, mapExportLayout } from './map-export-layout';
import type { MapExportSpec } from './map-export-layout';
import { SYMBOL_COLOUR } from './office-symbol';

/** The page's light-scheme --line: state outlines and inset frames. */
export const OUTLINE = '#a9aeb1';

function Line({ line, fontSize, bold = false, fill = INK }: { line: TextLine; fontSize: number; bold?: boolean; fill?: string }) {
  return (
    <text x={line.x} y={line.y} fontSize={fontSize} fontWeight={bold ? 700 : 400} fill={fill}>
      {line.text}
    </text>
  );
}

/** Four decimals: the outlines' scale and shift stay within 0.1 px of the symbols' projection, short in the file. */
const round4 = (value: number): number => Number(value.toFixed(4));

function Outlines({ basemap, fit }: { basemap: Basemap; fit: { k: number; x: number; y: number } }) {
  const w = (width: number): number => round4(width / fit.k);
  return (
    <g transform={`translate(${round4(fit.x)} ${round4(fit.y)}) scale(${round4(fit.k)})`}>
      <path d={basemap.land} fill={GAP_FILL} stroke={OUTLINE} strokeWidth={w(0.75)} strokeLinejoin="round" />
      <path d={basemap.borders} fill="none" stroke={OUTLINE} strokeWidth={w(0.5)} strokeLinejoin="round" />
      <path d={basemap.insetFrames} fill="none" stroke={OUTLINE} strokeWidth={w(1)} strokeDasharray={`${w(3)} ${w(3)}`} />
    </g>
  );
}

function OfficeMark({ symbol, selected }: { symbol: DisplayedSymbol; selected: boolean }) {
  const [cx, cy, r] = [px(symbol.cx), px(symbol.cy), px(symbol.r)];
  const enc = markEncoding(symbol.state, SYMBOL_COLOUR);
  return (
    <g data-office-id={symbol.id} data-state={symbol.state}>
      <circle cx={cx} cy={cy} r={r + 1} fill="none" stroke="#ffffff" strokeWidth={2} />
      <circle
        cx={cx}
        cy={cy}
        r={r}
        {...enc}
      />
      {selected ? <circle cx={cx} cy={cy} r={r + 3.5} fill="none" stroke={INK} strokeWidth={2.5} /> : null}
    </g>
  );
}

export interface MapExportDrawing {
  spec: MapExportSpec;
  /** Null when the outlines could not be loaded: the offices are still placed by the same projection. */
  basemap: Basemap | null;
  selected: ReadonlySet<string>;
}

export function MapExportChart({ drawing, size }: { drawing: MapExportDrawing; size: ChartSize }) {
  const layout = mapExportLayout(drawing.spec, size);
  const { map, displayed } = layout;
  const C = MAP_EXPORT_TEXT;
  return (
    <g>
      <Line line={layout.caption} fontSize={C.caption.fontSize} bold />
      <g transform={`translate(${map.x} ${map.y})`}>
        {drawing.basemap ? <Outlines basemap={drawing.basemap} fit={basemapFit(layout.symbols.frame)} /> : null}
        <g>
          {displayed.map((s) =>
            s.displaced ? (
              <g key={s.id}>
                <line x1={px(s.ax)} y1={px(s.ay)} x2={px(s.cx)} y2={px(s.cy)} stroke={INK_MUTED} strokeWidth={1} />
                <circle cx={px(s.ax)} cy={px(s.ay)} r={1.5} fill={INK_MUTED} />
              </g>
            ) : null,
          )}
        </g>
        {displayed.map((symbol) => (
          <OfficeMark key={symbol.id} symbol={symbol} selected={drawing.selected.has(symbol.id)} />
        ))}
      </g>
      {layout.sizeKey.rows.map((row) => (
        <g key={row.value}>
          <circle {...row.circle} fill="none" stroke={INK_MUTED} strokeWidth={1} />
          <polyline points={row.tick} fill="none" stroke={INK_MUTED} strokeWidth={0.75} strokeDasharray="2 2" />
          <Line line={row.label} fontSize={C.key.fontSize} />
        </g>
      ))}
      <Line line={layout.sizeKey.caption} fontSize={C.note.fontSize} fill={INK_MUTED} />
      {layout.notes.map((line, i) => (
        <Line key={i} line={line} fontSize={C.note.fontSize} fill={INK_MUTED} />
      ))}
    </g>
  );
}
