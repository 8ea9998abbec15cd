import type { Edition, Metric } from '../../data/types';
import { editionName } from '../../domain/format';
import type { OfficeCoverage, OfficeFigure } from '../../domain/office-figures';
import { OfficeFigureCells } from '../../ui/office-figure-cells';

/**
 * The map's readable twin: every office with its value, state and sources (each a link to its entry
 * in the Sources panel), in the same selection. Each office name is a toggle button, so the list
 * selects offices just as the map does.
 */
export function OfficeList({
  figures,
  metric,
  edition,
  coverage,
  selected,
  highlightedId,
  onToggle,
  onPoint,
}: {
  figures: readonly OfficeFigure[];
  metric: Metric;
  edition: Edition;
  coverage: OfficeCoverage;
  selected: ReadonlySet<string>;
  highlightedId: string | null;
  onToggle: (id: string) => void;
  onPoint: (id: string | null) => void;
}) {
  return (
    <div className="office-map__list">
      <table className="office-list">
        <caption>
          {metric.shortLabel} by field office, {editionName(edition)}: {coverage.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field office</th>
            <th scope="col" className="office-list__value">
              Value
            </th>
            <th scope="col">State</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => {
            const id = figure.office.id;
            const isSelected = selected.has(id);
            return (
              <tr
                key={id}
                data-state={figure.state}
                data-office-id={id}
                className={`${isSelected ? 'office-list__row--selected' : ''}${id === highlightedId ? ' office-list__row--highlighted' : ''}`}
                onMouseEnter={() => onPoint(id)}
                onMouseLeave={() => onPoint(null)}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="office-list__toggle"
                    aria-pressed={isSelected}
                    onClick={() => onToggle(id)}
                  >
                    {isSelected ? (
                      <span className="office-list__check" aria-hidden="true">
                        ✓{' '}
                      </span>
                    ) : null}
                    {figure.office.name}
                  </button>
                </th>
                <OfficeFigureCells figure={figure} valueClassName="office-list__value" />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
