import { INK } from '../../charts/theme';
import type { TextMark } from './text-mark';

/**
 * One positioned label. Fill and size are attributes, so an exported SVG reads like the screen; the
 * font family is set once on the <svg> and inherited.
 */
export function ChartText({
  mark,
  size,
  fill = INK,
  className = 'tc-ink',
  weight,
}: {
  mark: TextMark;
  size: number;
  fill?: string;
  className?: string;
  weight?: number;
}) {
  return (
    <text
      className={className}
      x={mark.x}
      y={mark.y}
      textAnchor={mark.anchor}
      transform={mark.rotated ? `rotate(-90 ${mark.x} ${mark.y})` : undefined}
      fontSize={size}
      fontWeight={weight}
      fill={fill}
    >
      {mark.text}
    </text>
  );
}
