import { memo } from 'react';
import { isSampleValue } from '../../domain/shown-value';
import type { OfficeRow as OfficeRowModel } from '../../domain/breakdown-offices';
import { SourceLinks } from './source-links';
import { ValueCell } from './value-cell';

/**
 * One office row. Memoised on the row object, which the view model keeps across sorts and searches,
 * so a re-sort only moves rows instead of rendering every cell again (2,500 cells with 45 columns).
 */
export const OfficeRow = memo(function OfficeRow({ row }: { row: OfficeRowModel }) {
  return (
    <tr data-row="office" data-office={row.id} className={row.selected ? 'breakdown-table__row--selected' : undefined}>
      <th scope="row">
        {row.label}
        {row.selected ? <span className="breakdown-table__selected-tag"> selected</span> : null}
      </th>
      {row.cells.map((cell) => (
        <ValueCell key={cell.metricId} cell={cell} />
      ))}
      <td>
        <SourceLinks ids={row.sourceIds} synthetic={row.cells.some(isSampleValue)} />
      </td>
    </tr>
  );
});
