import { INK_MUTED } from '../../charts/theme';
import { ChartText } from './chart-text';
import { SCALE_FONT } from './scale-strip-layout';
import type { ScaleStripRow } from './scale-strip-layout';

/** Rows of cities, agencies, task forces and field offices under the national chart. */
export function ScaleStrip({ rows }: { rows: readonly ScaleStripRow[] }) {
  return (
    <g className="trend-scale">
      {rows.map((row) => (
        <g key={row.metricId} data-scale={row.metricId} data-mode={row.mode}>
          <ChartText mark={row.title} size={SCALE_FONT} fill={INK_MUTED} className="tc-muted" weight={700} />
          {row.cells.map((cell) =>
            cell.bar ? (
              <rect
                key={cell.editionId}
                className="tc-scale-bar"
                x={cell.bar.x}
                y={cell.bar.y}
                width={cell.bar.width}
                height={cell.bar.height}
                {...cell.bar.encoding}
              />
            ) : cell.label ? (
              <ChartText key={cell.editionId} mark={cell.label} size={SCALE_FONT} fill={INK_MUTED} className="tc-muted" />
            ) : null,
          )}
        </g>
      ))}
    </g>
  );
}
