/**
 * Stateless: draws an export composition as one standalone SVG. Only plain SVG text and shapes (no
 * foreignObject, no script, no link, no external reference); presentation attributes rather than
 * CSS, so the file looks the same wherever it is opened. The white background is explicit: an
 * exported image stays light in a dark-themed page or slide (docs/DESIGN.md §6).
 */
import { LegendSwatch } from '../charts/legend-swatch';
import type { ReactNode } from 'react';
import { CHART_FONT, OUTLINE, PAPER } from '../charts/theme';
import { ValueStatePatterns } from '../charts/value-state-patterns';
import type { ExportComposition } from './compose-export';
import type { TextBlock } from './composition-layout';


export const EXPORT_TITLE_ID = 'occ-export-title';
export const EXPORT_DESC_ID = 'occ-export-desc';

/** A wrapped text block as SVG text, one element per line (also drawn by the panels' exports). */
export function Text({ block }: { block: TextBlock }) {
  const { style } = block;
  return (
    <>
      {block.lines.map((line, i) => (
        <text
          key={i}
          x={line.x}
          y={line.y}
          fontSize={style.fontSize}
          fontWeight={style.weight === 'bold' ? 700 : 400}
          fill={style.fill}
        >
          {line.text}
        </text>
      ))}
    </>
  );
}

export interface CompositionSvgProps {
  composition: ExportComposition;
  /** Size of the root element in px (the output size × the raster scale). */
  pixelWidth: number;
  pixelHeight: number;
}

export function CompositionSvg({ composition, pixelWidth, pixelHeight }: CompositionSvgProps): ReactNode {
  const { layout, input } = composition;
  const { chart } = layout;
  return (
    <svg
      width={pixelWidth}
      height={pixelHeight}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={`${EXPORT_TITLE_ID} ${EXPORT_DESC_ID}`}
      fontFamily={CHART_FONT}
    >
      <title id={EXPORT_TITLE_ID}>{input.title}</title>
      <desc id={EXPORT_DESC_ID}>{input.summary}</desc>
      {/* The hatch of synthetic marks (url(#occ-synthetic-hatch)), defined once for the legend and the chart. */}
      <ValueStatePatterns />
      <rect x={0} y={0} width={layout.width} height={layout.height} fill={PAPER} />
      <Text block={layout.title} />
      <Text block={layout.subtitle} />
      <Text block={layout.summary} />
      {layout.badge ? (
        <g>
          <rect {...layout.badge.box} rx={3} fill={layout.badge.colour} />
          <Text block={layout.badge.label} />
        </g>
      ) : null}
      {layout.legend.map((item, i) => (
        <g key={i}>
          <LegendSwatch entry={item.entry} box={item.swatch} />
          <Text block={item.label} />
        </g>
      ))}
      <g transform={`translate(${chart.x} ${chart.y})`}>{input.chart.draw({ width: chart.width, height: chart.height })}</g>
      <line x1={layout.rule.x1} x2={layout.rule.x2} y1={layout.rule.y} y2={layout.rule.y} stroke={OUTLINE} strokeWidth={1} />
      {layout.footer.map((block, i) => (
        <Text key={i} block={block} />
      ))}
    </svg>
  );
}
