import type { ReactNode } from 'react';
import type { BreakdownCell } from '../../domain/breakdown-cells';
import { isSampleValue } from '../../domain/shown-value';

/**
 * One value as every view shows it: the figure with its qualifier ("200+", "≈700"), "—" for not
 * reported (never 0), a hatched cell for synthetic values; words for screen readers. `detail` is a
 * second line (the change for editions, the coverage for the sum).
 */
export function ValueCell({ cell, detail }: { cell: BreakdownCell; detail?: ReactNode }) {
  return (
    <td className="breakdown-cell" data-state={cell.state} data-metric={cell.metricId} data-sample={cell.withheld && isSampleValue(cell) ? 'true' : undefined}>
      <span className="breakdown-cell__value" aria-hidden="true">
        {cell.display}
      </span>
      <span className="visually-hidden">
        {cell.spoken}
        {isSampleValue(cell) ? ' (synthetic sample value)' : ''}
      </span>
      {detail ? <span className="breakdown-cell__detail">{detail}</span> : null}
    </td>
  );
}
