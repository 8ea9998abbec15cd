import type { MouseEvent, PointerEvent } from 'react';
import { CHART_FONT } from '../../charts/theme';
import { ScaleStrip } from './scale-strip';
import { GapBands, GapLabels, TimeAxis, ValueGrid } from './trend-axes';
import { TrendBars, WordingBreaks } from './trend-bars';
import type { TrendLayout } from './trends-layout';

export interface TrendMarksProps {
  layout: TrendLayout;
  focusEditionId: string | null;
  shownEditionId: string | null;
  onHover?: (editionId: string | null) => void;
  onChoose?: (editionId: string) => void;
  /**
   * Let labels run past the edge as an attribute (the page does it in CSS): a nested <svg> in an
   * export has no stylesheet and would clip them.
   */
  overflowVisible?: boolean;
}

/**
 * The edition under the pointer. One transparent rect covers the plot and finds the slot from x:
 * with ten small multiples, one element per chart instead of one per edition keeps each filter
 * change cheaper.
 */
function editionAt(layout: TrendLayout, event: PointerEvent<SVGRectElement> | MouseEvent<SVGRectElement>): string | null {
  const svg = event.currentTarget.ownerSVGElement;
  const x = event.clientX - (svg ? svg.getBoundingClientRect().left : 0);
  return layout.bars.find((bar) => x >= bar.slot.x0 && x < bar.slot.x1)?.editionId ?? null;
}

/**
 * Stateless: draws a TrendLayout as SVG. The SVG is hidden from assistive technology; the chart's
 * container names and describes it, and the table twin carries every value.
 */
export function TrendMarks({ layout, focusEditionId, shownEditionId, onHover, onChoose, overflowVisible }: TrendMarksProps) {
  const { top, baseline } = layout.plot;
  return (
    <svg
      className="trend-chart__svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontFamily={CHART_FONT}
      aria-hidden="true"
      focusable="false"
      overflow={overflowVisible ? 'visible' : undefined}
    >
      <GapBands layout={layout} />
      <ValueGrid layout={layout} />
      <GapLabels layout={layout} />
      <TrendBars layout={layout} focusEditionId={focusEditionId} shownEditionId={shownEditionId} />
      <TimeAxis layout={layout} />
      <WordingBreaks layout={layout} />
      <ScaleStrip rows={layout.scaleRows} />
      {onHover && onChoose ? (
        <rect
          className="trend-hits"
          x={layout.plot.x0}
          y={top - 16}
          width={layout.plot.x1 - layout.plot.x0}
          height={baseline - top + 32}
          fill="transparent"
          onPointerMove={(event) => onHover(editionAt(layout, event))}
          onPointerLeave={() => onHover(null)}
          onClick={(event) => {
            const editionId = editionAt(layout, event);
            if (editionId !== null) onChoose(editionId);
          }}
        />
      ) : null}
    </svg>
  );
}
