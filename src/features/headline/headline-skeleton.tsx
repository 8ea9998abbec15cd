import { HEADLINE_METRIC_IDS } from '../../domain/headline';

/** Same boxes as the loaded view, so nothing moves when the data arrive (layout shift budget 0.02). */
export function HeadlineSkeleton() {
  return (
    <div className="headline headline--loading" aria-busy="true">
      <p className="headline__edition skeleton-line">Loading the latest edition…</p>
      <p className="headline__summary skeleton-line" />
      <p className="headline__caveat skeleton-line" />
      <p className="headline__scale skeleton-line" />
      <div className="headline__cards">
        {HEADLINE_METRIC_IDS.map((id) => (
          <div key={id} className="headline-card headline-card--skeleton" />
        ))}
      </div>
    </div>
  );
}
