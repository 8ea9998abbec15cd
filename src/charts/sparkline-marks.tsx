import { isWithheld } from '../domain/value-state';
import { px } from './round';
import type { SparkLayout } from './sparkline-layout';
import { GAP_FILL, INK, INK_MUTED, markEncoding, NATION_COLOUR } from './theme';

/**
 * A sparkline's marks from its layout, in light-scheme attributes (an exported image stays light; on
 * a dark page the `sl-*` classes restyle them, as the trends chart's `tc-*` do). The SVG element is
 * the caller's: a card on the page, a summary image in the briefing pack, a printed page.
 */
export function SparklineMarks({ layout, colour = NATION_COLOUR }: { layout: SparkLayout; colour?: string }) {
  const focus = layout.bars.find((bar) => bar.focus);
  return (
    <g className="sparkline-marks">
      {layout.gaps.map((gap) => (
        <rect key={`gap-${gap.x0}`} className="sl-gap" x={gap.x0} y={0} width={px(gap.x1 - gap.x0)} height={layout.height} fill={GAP_FILL} data-gap={gap.kind} />
      ))}
      {layout.rules.map((rule) => (
        <line key={`rule-${rule.x0}`} className="sl-axis" x1={rule.x0} x2={rule.x1} y1={layout.baseline} y2={layout.baseline} stroke={INK_MUTED} strokeWidth={1} />
      ))}
      {layout.breaks.map((mark) => (
        <line key={`break-${mark.x}`} className="sl-break" x1={mark.x} x2={mark.x} y1={0} y2={layout.baseline} stroke={INK} strokeWidth={1} strokeDasharray="2 2" />
      ))}
      {layout.bars.map((bar) => (
        <rect
          key={bar.editionId}
          className={bar.state === 'not-reported' || isWithheld(bar.state) ? 'sl-placeholder' : 'sl-bar'}
          data-edition={bar.editionId}
          data-state={bar.state}
          x={bar.x}
          y={bar.y}
          width={bar.width}
          height={bar.height}
          {...markEncoding(bar.state, colour)}
        />
      ))}
      {focus ? (
        // The focus edition: a tick under its bar, below the baseline, readable at any bar height.
        <rect className="sl-focus" x={focus.x} y={layout.baseline + 1} width={focus.width} height={px(layout.height - layout.baseline - 1)} fill={INK} />
      ) : null}
    </g>
  );
}
