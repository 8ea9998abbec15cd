import type { OfficesView } from '../../domain/breakdown-offices';
import { LABEL_COLUMN } from '../../domain/breakdown-sort';
import { OfficeRow } from './office-row';
import { SortableHeader } from './sortable-header';
import { SourceLinks } from './source-links';
import { ValueCell } from './value-cell';

/**
 * Stateless: the offices × metrics table as the view model lists it. The national figure and the sum
 * of the offices shown stay on top whatever the sort; the header row and the office column stick
 * while the table scrolls.
 */
export function OfficesTable({ view, title, onSort }: { view: OfficesView; title: string; onSort: (column: string) => void }) {
  const { sort } = view.options;
  const columnCount = view.metrics.length + 2;
  const caption = `${title}: ${view.rows.length} of ${view.totalOffices} offices shown`;
  // Named apart from the section around it, which has the same title (axe landmark-unique).
  return (
    <div className="breakdown__scroll" role="region" aria-label={`Scrollable table: ${caption}`} tabIndex={0}>
      <table className="breakdown-table" data-testid="offices-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <SortableHeader column={LABEL_COLUMN} label="Field office" sort={sort} onSort={onSort} className="breakdown-table__corner" />
            {view.metrics.map((metric) => (
              <SortableHeader key={metric.id} column={metric.id} label={metric.shortLabel} sort={sort} onSort={onSort} numeric />
            ))}
            <th scope="col" className="breakdown-table__header">
              Sources
            </th>
          </tr>
        </thead>
        <tbody className="breakdown-table__totals">
          <tr data-row="national">
            <th scope="row">{view.national.label}</th>
            {view.national.cells.map((cell) => (
              <ValueCell key={cell.metricId} cell={cell} />
            ))}
            <td>
              <SourceLinks ids={view.national.sourceIds} synthetic={false} />
            </td>
          </tr>
          <tr data-row="sum">
            <th scope="row">{view.sum.label}</th>
            {view.sum.cells.map((cell) => (
              <ValueCell key={cell.metricId} cell={cell} detail={cell.coverage} />
            ))}
            <td>
              <span className="breakdown-sources__none">see the offices</span>
            </td>
          </tr>
        </tbody>
        <tbody>
          {view.rows.map((row) => (
            <OfficeRow key={row.id} row={row} />
          ))}
          {view.rows.length === 0 ? (
            <tr>
              <td colSpan={columnCount} className="breakdown-table__empty">
                No field office matches “{view.options.search.trim()}”.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
