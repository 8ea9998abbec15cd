import type { TableSort } from '../../domain/breakdown-sort';

/**
 * A column header that sorts: a real button (mouse, Enter, Space) inside the th, and `aria-sort` on
 * the th of the sorted column only, as ARIA asks. The arrow is decoration; aria-sort carries the state.
 */
export function SortableHeader({
  column,
  label,
  sort,
  onSort,
  numeric = false,
  className,
}: {
  column: string;
  label: string;
  sort: TableSort;
  onSort: (column: string) => void;
  numeric?: boolean;
  className?: string;
}) {
  const active = sort.column === column;
  const arrow = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕';
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : undefined}
      className={`breakdown-table__header${numeric ? ' breakdown-table__header--numeric' : ''} ${className ?? ''}`}
    >
      <button type="button" className="sort-button" data-column={column} onClick={() => onSort(column)}>
        <span className="sort-button__label">{label}</span>
        <span className={`sort-button__arrow${active ? ' sort-button__arrow--active' : ''}`} aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  );
}
