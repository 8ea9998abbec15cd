import { editionName } from '../../domain/format';
import { axisEditions, yearSpan } from '../../domain/time-axis';
import type { TrendsView } from '../../domain/trends-view';

/** The context of scale as a table: cities, agencies, task forces and field offices per edition. */
export function ScaleTable({ view }: { view: TrendsView }) {
  if (view.scale.length === 0) return null;
  const editions = axisEditions(view.years);
  return (
    <table className="trends-table__scale">
      <caption>
        Scale of each edition, where published, {yearSpan(view.firstYear, view.lastYear)}. “—” means not
        published.
      </caption>
      <thead>
        <tr>
          <th scope="col">Edition</th>
          {view.scale.map((row) => (
            <th key={row.metric.id} scope="col">
              {row.metric.shortLabel}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {editions.map((edition, i) => (
          <tr key={edition.id}>
            <th scope="row">{editionName(edition)}</th>
            {view.scale.map((row) => (
              <td key={row.metric.id} className="trends-table__value" data-state={row.cells[i]?.state}>
                {row.cells[i]?.display ?? '—'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
