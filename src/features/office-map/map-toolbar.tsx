/**
 * Above the map: how many offices are selected (with a way to clear them), a message when the
 * selection is full, and the zoom buttons (the same actions as + / − / 0 on the map and Ctrl + wheel).
 * In the flow rather than over the map, so on a phone it never hides the Northeast.
 */
export function MapToolbar({
  selectedCount,
  message,
  onClear,
  onZoomIn,
  onZoomOut,
  onReset,
}: {
  selectedCount: number;
  message: string;
  onClear: () => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}) {
  return (
    <div className="office-map__toolbar">
      <div className="office-map__selection">
        {selectedCount > 0 ? (
          <button type="button" className="office-map__tool" onClick={onClear}>
            Clear selected offices ({selectedCount})
          </button>
        ) : null}
        <p className="office-map__message" role="status">
          {message}
        </p>
      </div>
      <div className="office-map__zoom" role="group" aria-label="Map zoom">
        <button type="button" className="office-map__tool" onClick={onZoomIn} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="office-map__tool" onClick={onZoomOut} aria-label="Zoom out">
          −
        </button>
        <button type="button" className="office-map__tool" onClick={onReset}>
          Reset zoom
        </button>
      </div>
    </div>
  );
}
