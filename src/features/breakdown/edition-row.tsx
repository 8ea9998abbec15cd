import { memo } from 'react';
import type { Source } from '../../data/types';
import type { EditionsTableRow } from '../../domain/breakdown-editions';
import { RowSources } from './row-sources';
import { ValueCell } from './value-cell';

/**
 * One row of the editions table: an edition with each value and its change, or a year without an
 * edition that says so across the values. Memoised like the office rows, so a re-sort only moves rows.
 */
export const EditionRow = memo(function EditionRow({
  row,
  columnCount,
  sourcesOf,
}: {
  row: EditionsTableRow;
  columnCount: number;
  sourcesOf: (ids: readonly string[]) => Source[];
}) {
  if (row.kind === 'gap') {
    return (
      <tr data-row="gap" data-state={row.gap.kind}>
        <th scope="row">{row.label}</th>
        <td colSpan={columnCount} className="breakdown-table__gap" data-state={row.gap.kind}>
          {row.stateLabel}
        </td>
        <td>
          <RowSources sources={sourcesOf(row.sourceIds)} rowLabel={row.label} note={row.gap.note} />
        </td>
      </tr>
    );
  }
  return (
    <tr data-row="edition" data-edition={row.id}>
      <th scope="row">{row.label}</th>
      {row.cells.map((cell) => (
        <ValueCell
          key={cell.metricId}
          cell={cell}
          detail={
            cell.changeShort ? (
              <span data-kind={cell.comparison.kind}>
                <span aria-hidden="true">{cell.changeShort}</span>
                <span className="visually-hidden">{cell.changeText}</span>
              </span>
            ) : undefined
          }
        />
      ))}
      <td>
        <RowSources sources={sourcesOf(row.sourceIds)} rowLabel={row.label} />
      </td>
    </tr>
  );
});
