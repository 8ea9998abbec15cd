import { EXPECTED_SCALE_ROWS, nationalChartHeight, OFFICE_CHART_HEIGHT } from './trend-sizes';

/** The boxes of the loaded view at their final heights, so nothing moves when the data arrive. */
export function TrendsSkeleton({ offices }: { offices: number }) {
  return (
    <div className="trends trends--loading" aria-busy="true">
      <p className="state-legend skeleton-line">Loading the trends…</p>
      <p className="trends__focus-note skeleton-line" />
      <div className="trend-chart">
        <p className="trend-chart__caption skeleton-line" />
        <p className="trend-chart__summary skeleton-line" />
        <div className="trend-chart__canvas skeleton-block" style={{ height: nationalChartHeight(EXPECTED_SCALE_ROWS) }} />
      </div>
      {offices > 0 ? (
        <div className="trends__grid">
          {Array.from({ length: offices }, (_, i) => (
            <div key={i} className="trend-chart">
              <p className="trend-chart__caption skeleton-line" />
              <p className="trend-chart__summary skeleton-line" />
              <div className="trend-chart__canvas skeleton-block" style={{ height: OFFICE_CHART_HEIGHT }} />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
