import { FOCUS_FILL, FOCUS_OPACITY, INK, INK_MUTED, PAPER } from '../../charts/theme';
import { ChartText } from './chart-text';
import type { BarMark, TrendLayout } from './trends-layout';
import { TREND_LAYOUT } from './trends-layout';

function Bar({ bar, focused }: { bar: BarMark; focused: boolean }) {
  const { encoding } = bar;
  const notReported = bar.state === 'not-reported';
  return (
    <g className="trend-bar" data-edition={bar.editionId} data-state={bar.state}>
      <rect
        className={notReported ? 'tc-placeholder' : 'trend-bar__rect'}
        x={bar.x}
        y={bar.y}
        width={bar.width}
        height={bar.height}
        {...encoding}
      />
      {focused ? (
        <rect
          className="tc-axis"
          x={bar.x - 3}
          y={bar.y - 3}
          width={bar.width + 6}
          height={bar.height + 3}
          fill="none"
          stroke={INK}
          strokeWidth={2}
        />
      ) : null}
      {bar.label ? (
        <ChartText
          mark={bar.label}
          size={TREND_LAYOUT.labelFont}
          weight={focused ? 700 : undefined}
          fill={notReported ? INK_MUTED : INK}
          className={notReported ? 'tc-muted' : 'tc-ink'}
        />
      ) : null}
    </g>
  );
}

/**
 * The focus edition's column (tinted, its bar outlined) behind the bars, and the column whose
 * details show (hover or keyboard) outlined, so the reader sees which edition the tooltip is about.
 */
export function TrendBars({
  layout,
  focusEditionId,
  shownEditionId,
}: {
  layout: TrendLayout;
  focusEditionId: string | null;
  shownEditionId: string | null;
}) {
  const { top, baseline } = layout.plot;
  const shown = layout.bars.find((bar) => bar.editionId === shownEditionId);
  return (
    <g className="trend-bars">
      {layout.focus ? (
        <rect
          className="trend-focus"
          x={layout.focus.x0}
          y={top}
          width={layout.focus.x1 - layout.focus.x0}
          height={baseline - top}
          fill={FOCUS_FILL}
          fillOpacity={FOCUS_OPACITY}
        />
      ) : null}
      {shown ? (
        <rect
          className="tc-axis trend-shown"
          x={shown.slot.x0 + 1}
          y={top}
          width={shown.slot.x1 - shown.slot.x0 - 2}
          height={baseline - top}
          fill="none"
          stroke={INK}
          strokeDasharray="3 2"
        />
      ) : null}
      {layout.bars.map((bar) => (
        <Bar key={bar.editionId} bar={bar} focused={bar.editionId === focusEditionId} />
      ))}
    </g>
  );
}

/** A dashed line where the release wording changed, with the number of its note under the chart. */
export function WordingBreaks({ layout }: { layout: TrendLayout }) {
  return (
    <g className="trend-breaks">
      {layout.breaks.map((mark) => (
        <g key={mark.afterEditionId} data-break-after={mark.afterEditionId}>
          <line
            className="tc-axis"
            x1={mark.x}
            x2={mark.x}
            y1={mark.badgeY + 7}
            y2={layout.plot.baseline}
            stroke={INK}
            strokeWidth={1.5}
            strokeDasharray="5 3"
          />
          <circle className="tc-badge" cx={mark.x} cy={mark.badgeY} r={8} fill={INK} />
          <ChartText
            mark={{ text: String(mark.number), x: mark.x, y: mark.badgeY + 4, anchor: 'middle', rotated: false }}
            size={11}
            weight={700}
            fill={PAPER}
            className="tc-badge-text"
          />
        </g>
      ))}
    </g>
  );
}
