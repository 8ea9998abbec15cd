/**
 * What stands in for the tables while their code or data load: the same blocks at the same heights
 * (the scroll boxes have a fixed maximum the full tables always reach), so nothing below moves.
 */
export function BreakdownSkeleton() {
  return (
    <div className="breakdown breakdown--loading" aria-busy="true">
      <p className="breakdown__intro skeleton-line">Loading the tables…</p>
      <div className="breakdown-skeleton__toolbar skeleton-line" />
      <div className="breakdown__scroll breakdown-skeleton__table skeleton-line" />
      <div className="breakdown-skeleton__toolbar skeleton-line" />
      <div className="breakdown__scroll breakdown-skeleton__table skeleton-line" />
    </div>
  );
}

/** The editions table's place while it is drawn, a frame after the offices table. */
export function EditionsSkeleton() {
  return (
    <div className="breakdown__section" aria-busy="true">
      <div className="breakdown-skeleton__toolbar skeleton-line" />
      <div className="breakdown__scroll breakdown-skeleton__table skeleton-line" />
    </div>
  );
}
