/**
 * Stateless: the chart body of the trends export, drawn into the box the composition gives it. The
 * charts are the panel's own marks (TrendMarks over trendLayout) at the export's sizes; captions and
 * the wording-change notes are plain SVG text with presentation attributes (an exported file has no
 * stylesheet). No handlers, no hatch definition (the composition defines it once).
 */
import { INK, INK_MUTED, PAPER } from '../../charts/theme';
import type { ChartSize } from '../../export/composition-types';
import type { TextLine } from '../../export/composition-layout';
import { TrendMarks } from './trend-marks';
import { TRENDS_EXPORT_TEXT, trendsExportLayout } from './trends-export-layout';
import type { Box, ExportCaption, TrendsExportSpec } from './trends-export-layout';
import { trendLayout } from './trends-layout';
import type { TrendLayoutInput } from './trends-layout';

/** One chart's layout input without its size, which the export decides. */
export type ExportTrendInput = Omit<TrendLayoutInput, 'width' | 'height'>;

export interface TrendsExportCharts {
  spec: TrendsExportSpec;
  national: ExportTrendInput;
  offices: readonly ExportTrendInput[];
}

const T = TRENDS_EXPORT_TEXT;

function Line({ line, fontSize, bold = false, fill = INK }: { line: TextLine; fontSize: number; bold?: boolean; fill?: string }) {
  return (
    <text x={line.x} y={line.y} fontSize={fontSize} fontWeight={bold ? 700 : 400} fill={fill}>
      {line.text}
    </text>
  );
}

function Caption({ caption }: { caption: ExportCaption }) {
  return (
    <>
      <Line line={caption.title} fontSize={T.title.fontSize} bold />
      <Line line={caption.coverage} fontSize={T.coverage.fontSize} fill={INK_MUTED} />
    </>
  );
}

function Chart({ input, box }: { input: ExportTrendInput; box: Box }) {
  const layout = trendLayout({ ...input, width: box.width, height: box.height });
  return (
    <g transform={`translate(${box.x} ${box.y})`}>
      <TrendMarks layout={layout} focusEditionId={input.focusEditionId} shownEditionId={null} overflowVisible />
    </g>
  );
}

export function TrendsExportMarks({ charts, size }: { charts: TrendsExportCharts; size: ChartSize }) {
  const layout = trendsExportLayout(charts.spec, size);
  const transform = layout.scale === 1 ? undefined : `translate(${layout.offsetX} 0) scale(${layout.scale})`;
  return (
    <g transform={transform}>
      <Caption caption={layout.national.caption} />
      <Chart input={charts.national} box={layout.national.chart} />
      {layout.notes.map((note) => (
        <g key={note.number}>
          <circle cx={note.badge.cx} cy={note.badge.cy} r={T.badgeRadius} fill={INK} />
          <text x={note.badge.cx} y={note.badge.cy + 4} fontSize={11} fontWeight={700} fill={PAPER} textAnchor="middle">
            {note.number}
          </text>
          {note.lines.map((line, i) => (
            <Line key={i} line={line} fontSize={T.note.fontSize} />
          ))}
        </g>
      ))}
      {layout.officesHeading.map((line, i) => (
        <Line key={i} line={line} fontSize={T.note.fontSize} fill={INK_MUTED} />
      ))}
      {layout.offices.map((office, i) => {
        const input = charts.offices[i];
        return input ? (
          <g key={i}>
            <Caption caption={office.caption} />
            <Chart input={input} box={office.chart} />
          </g>
        ) : null;
      })}
    </g>
  );
}
