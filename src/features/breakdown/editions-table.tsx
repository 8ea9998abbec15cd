import type { Source } from '../../data/types';
import type { EditionsView } from '../../domain/breakdown-editions';
import { LABEL_COLUMN } from '../../domain/breakdown-sort';
import { EditionRow } from './edition-row';
import { SortableHeader } from './sortable-header';

/**
 * Stateless: the editions × metrics table for the nation. Each value carries its change from the
 * previous comparable edition; a year without an edition is a row that says so across the values.
 */
export function EditionsTable({
  view,
  title,
  sourcesOf,
  onSort,
}: {
  view: EditionsView;
  title: string;
  sourcesOf: (ids: readonly string[]) => Source[];
  onSort: (column: string) => void;
}) {
  // The scroll region is a landmark inside the section named by the same title: its own name says what
  // it is, so the two landmarks stay distinct (axe landmark-unique).
  return (
    <div className="breakdown__scroll" role="region" aria-label={`Scrollable table: ${title}`} tabIndex={0}>
      <table className="breakdown-table" data-testid="editions-table">
        <caption className="visually-hidden">
          {title}
        </caption>
        <thead>
          <tr>
            <SortableHeader column={LABEL_COLUMN} label="Edition" sort={view.sort} onSort={onSort} className="breakdown-table__corner" />
            {view.metrics.map((metric) => (
              <SortableHeader key={metric.id} column={metric.id} label={metric.shortLabel} sort={view.sort} onSort={onSort} numeric />
            ))}
            <th scope="col" className="breakdown-table__header">
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <EditionRow key={row.id} row={row} columnCount={view.metrics.length} sourcesOf={sourcesOf} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
