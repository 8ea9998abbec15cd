import { SparklineMarks } from '../../charts/sparkline-marks';
import { FOCUS_FILL, OUTLINE, PAPER } from '../../charts/theme';
import { Text } from '../../export/composition-svg';
import type { SummaryCardsLayout } from './summary-cards-layout';

/**
 * Stateless: the summary image's cards from their layout, in light-scheme attributes (an exported
 * image stays light). The sparklines are the page's own marks (SparklineMarks).
 */
export function SummaryCardsMarks({ layout }: { layout: SummaryCardsLayout }) {
  const { x, y, scale } = layout.transform;
  return (
    <g transform={scale === 1 ? `translate(${x} ${y})` : `translate(${x} ${y}) scale(${scale})`}>
      {layout.cards.map((card, i) => (
        <g key={i}>
          <rect
            x={card.box.x + 0.5}
            y={card.box.y + 0.5}
            width={card.box.width - 1}
            height={card.box.height - 1}
            rx={4}
            fill={PAPER}
            stroke={card.selected ? FOCUS_FILL : OUTLINE}
            strokeWidth={card.selected ? 2 : 1}
          />
          <Text block={card.label} />
          <Text block={card.value} />
          <Text block={card.state} />
          <Text block={card.change} />
          <g transform={`translate(${card.sparkAt.x} ${card.sparkAt.y})`}>
            <SparklineMarks layout={card.spark} />
          </g>
          {card.years.map((block, j) => (
            <Text key={j} block={block} />
          ))}
        </g>
      ))}
    </g>
  );
}
