import type { ReactNode } from 'react';

/**
 * A tooltip box positioned over a chart container (which must be `position: relative`). Shown for
 * both hover and keyboard focus; its content is also in the chart's readable twin, so nothing is
 * only on hover. Position is set through the CSSOM (React's style object), which the CSP allows;
 * no style attribute string is ever written.
 */
export function ChartTooltip({
  id,
  x,
  y,
  containerWidth,
  children,
}: {
  id: string;
  x: number;
  y: number;
  containerWidth: number;
  children: ReactNode;
}) {
  // Flip to the left of the point in the right half, so the box never leaves the container.
  const flip = x > containerWidth / 2;
  return (
    <div
      id={id}
      role="tooltip"
      className={`chart-tooltip${flip ? ' chart-tooltip--flip' : ''}`}
      style={{ left: x, top: y }}
    >
      {children}
    </div>
  );
}
