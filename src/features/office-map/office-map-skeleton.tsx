/**
 * The map panel's shape before its code, data or size are known: the same boxes as the loaded view
 * (caption line, toolbar, a frame with the map's aspect ratio, legend and list), so nothing moves when the
 * map arrives (layout shift budget 0.02).
 */
export function OfficeMapSkeleton({ label = 'Loading the field-office map…' }: { label?: string }) {
  return (
    <div className="office-map office-map--loading" aria-busy="true">
      <p className="office-map__caption skeleton-line">{label}</p>
      <p className="office-map__summary skeleton-line" />
      <div className="office-map__body">
        <div className="office-map__map-column">
          <div className="office-map__toolbar office-map__toolbar--skeleton" />
          <div className="office-map__frame office-map__frame--skeleton" />
          <p className="office-map__help skeleton-line" />
          <div className="office-map__legend skeleton-line" />
        </div>
        <div className="office-map__list office-map__list--skeleton" />
      </div>
    </div>
  );
}
