/**
 * Stateless: the map export's chart body. The offices, leader lines and size key are the page's own
 * marks (office-map-marks.tsx), which carry their colours as attributes in the light scheme exports
 * always use; the outlines are drawn here because the page draws them in an SVG of its own beneath
 * the offices. Strokes are divided by the outline's scale rather than using vector-effect, which some
 * SVG readers (office suites) ignore.
 */
import { GAP_FILL, INK, INK_MUTED, OUTLINE } from '../../charts/theme';
import type { ChartSize } from '../../export/composition-types';
import type { TextLine } from '../../export/composition-layout';
import type { Basemap } from './layout/basemap';
import { basemapFit } from './layout/basemap';
import { MAP_EXPORT_TEXT, mapExportLayout } from './map-export-layout';
import type { MapExportSpec } from './map-export-layout';
import { LeaderLines, OfficeShape, SizeKeyMarks } from './office-marks';

function Line({ line, fontSize, bold = false, fill = INK }: { line: TextLine; fontSize: number; bold?: boolean; fill?: string }) {
  return (
    <text x={line.x} y={line.y} fontSize={fontSize} fontWeight={bold ? 700 : 400} fill={fill}>
      {line.text}
    </text>
  );
}

/**
 * Four decimals for shifts and widths, six for the scale (it multiplies outline coordinates of up to
 * about 10,000 tenths): the outlines stay within 0.1 px of the symbols' projection, short in the file.
 */
const round4 = (value: number): number => Number(value.toFixed(4));
const round6 = (value: number): number => Number(value.toFixed(6));

function Outlines({ basemap, fit }: { basemap: Basemap; fit: { k: number; x: number; y: number } }) {
  const w = (width: number): number => round4(width / fit.k);
  return (
    <g transform={`translate(${round4(fit.x)} ${round4(fit.y)}) scale(${round6(fit.k)})`}>
      <path d={basemap.land} fill={GAP_FILL} stroke={OUTLINE} strokeWidth={w(0.75)} strokeLinejoin="round" />
      <path d={basemap.borders} fill="none" stroke={OUTLINE} strokeWidth={w(0.5)} strokeLinejoin="round" />
      <path d={basemap.insetFrames} fill="none" stroke={OUTLINE} strokeWidth={w(1)} strokeDasharray={`${w(3)} ${w(3)}`} />
    </g>
  );
}

export interface MapExportDrawing {
  spec: MapExportSpec;
  /** Null when the outlines could not be loaded: the offices are still placed by the same projection. */
  basemap: Basemap | null;
  selected: ReadonlySet<string>;
}

export function MapExportMarks({ drawing, size }: { drawing: MapExportDrawing; size: ChartSize }) {
  const layout = mapExportLayout(drawing.spec, size);
  const { map, displayed } = layout;
  const C = MAP_EXPORT_TEXT;
  return (
    <g>
      <Line line={layout.caption} fontSize={C.caption.fontSize} bold />
      <g transform={`translate(${map.x} ${map.y})`}>
        {drawing.basemap ? <Outlines basemap={drawing.basemap} fit={basemapFit(layout.symbols.frame)} /> : null}
        <LeaderLines symbols={displayed} />
        {displayed.map((symbol) => (
          <g key={symbol.id} data-office-id={symbol.id} data-state={symbol.state}>
            <OfficeShape symbol={symbol} selected={drawing.selected.has(symbol.id)} />
          </g>
        ))}
      </g>
      <SizeKeyMarks layout={layout.sizeKey.layout} />
      <Line line={layout.sizeKey.caption} fontSize={C.note.fontSize} fill={INK_MUTED} />
      {layout.notes.map((line, i) => (
        <Line key={i} line={line} fontSize={C.note.fontSize} fill={INK_MUTED} />
      ))}
    </g>
  );
}
