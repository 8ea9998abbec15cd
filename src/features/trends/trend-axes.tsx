import { GAP_FILL, GRID, INK, INK_MUTED } from '../../charts/theme';
import { ChartText } from './chart-text';
import { GAP_FONT, gapLabelBackdrop } from './gap-label-layout';
import type { TrendLayout } from './trends-layout';
import { TREND_LAYOUT } from './trends-layout';

/** Gap bands first, under everything: years with no edition, never drawn as zero. */
export function GapBands({ layout }: { layout: TrendLayout }) {
  const { top, baseline } = layout.plot;
  return (
    <g className="trend-gaps">
      {layout.gaps.map((gap) => (
        <rect
          key={gap.firstYear}
          className="tc-gap"
          x={gap.x0}
          y={top}
          width={gap.x1 - gap.x0}
          height={baseline - top}
          fill={GAP_FILL}
        />
      ))}
    </g>
  );
}

/**
 * The gap labels, drawn after the gridlines on a backdrop of the band's colour: the lines pass
 * behind the words instead of through them (on the page and in the export alike).
 */
export function GapLabels({ layout }: { layout: TrendLayout }) {
  return (
    <g className="trend-gap-labels">
      {layout.gaps.map((gap) => (
        <g key={gap.firstYear} data-gap={gap.kind} data-years={`${gap.firstYear}-${gap.lastYear}`}>
          {gap.labels.map((label) => {
            const box = gapLabelBackdrop(label);
            return (
              <rect
                key={label.text}
                className="tc-gap"
                {...box}
                transform={label.rotated ? `rotate(-90 ${label.x} ${label.y})` : undefined}
                fill={GAP_FILL}
              />
            );
          })}
          {gap.labels.map((label) => (
            <ChartText key={label.text} mark={label} size={GAP_FONT} fill={INK_MUTED} className="tc-muted" />
          ))}
        </g>
      ))}
    </g>
  );
}

/**
 * Horizontal gridlines (one path: with ten small multiples every element counts against the
 * 50 ms filter-change budget) and their counts on the left.
 */
export function ValueGrid({ layout }: { layout: TrendLayout }) {
  const { x0, x1 } = layout.plot;
  const lines = layout.yTicks.map((tick) => `M${x0} ${tick.y}H${x1}`).join('');
  return (
    <g className="trend-grid">
      {lines ? <path className="tc-grid" d={lines} stroke={GRID} fill="none" /> : null}
      {layout.yTicks.map((tick) => (
        <ChartText
          key={tick.value}
          mark={{ text: tick.label, x: x0 - 6, y: tick.y + 4, anchor: 'end', rotated: false }}
          size={TREND_LAYOUT.axisFont}
          fill={INK_MUTED}
          className="tc-muted"
        />
      ))}
    </g>
  );
}

/** The baseline, a tick between years (two editions share one year), numerals and years. */
export function TimeAxis({ layout }: { layout: TrendLayout }) {
  const { x0, x1, baseline } = layout.plot;
  const ticks = layout.years.map((year) => `M${year.x0} ${baseline}v18`).join('');
  return (
    <g className="trend-axis">
      <path className="tc-year-ticks" d={ticks} stroke={GRID} fill="none" />
      <line className="tc-axis" x1={x0} x2={x1} y1={baseline} y2={baseline} stroke={INK} />
      {layout.years.map((year) =>
        year.label ? <ChartText key={year.year} mark={year.label} size={TREND_LAYOUT.axisFont} /> : null,
      )}
      {layout.bars.map((bar) =>
        bar.editionLabel ? (
          <ChartText key={bar.editionId} mark={bar.editionLabel} size={10} fill={INK_MUTED} className="tc-muted" />
        ) : null,
      )}
    </g>
  );
}
