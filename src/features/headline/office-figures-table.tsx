import type { Edition, Metric } from '../../data/types';
import { editionName } from '../../domain/format';
import { officeCoverage } from '../../domain/office-figures';
import type { OfficeFigure } from '../../domain/office-figures';
import { OfficeFigureCells } from '../../ui/office-figure-cells';

/** The selected field offices beside the national figure; "—" is not reported, never a zero. */
export function OfficeFiguresTable({
  edition,
  metric,
  figures,
}: {
  edition: Edition;
  metric: Metric;
  figures: OfficeFigure[];
}) {
  if (figures.length === 0) return null;
  const coverage = officeCoverage(figures);
  return (
    <table className="office-figures">
      <caption>
        Selected field offices — {metric.label}, {editionName(edition)} ({coverage.caption})
      </caption>
      <thead>
        <tr>
          <th scope="col">Field office</th>
          <th scope="col" className="office-figures__value">
            Value
          </th>
          <th scope="col">State of the value</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => (
          <tr key={figure.office.id} data-state={figure.state}>
            <th scope="row">{figure.office.name}</th>
            <OfficeFigureCells figure={figure} valueClassName="office-figures__value" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
