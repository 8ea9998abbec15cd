import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useElementSize } from '../../charts/use-element-size';
import { PRINT_SIZES, usePrinting } from '../../ui/print-mode';
import { useMapZoom, useReducedMotion } from './use-map-zoom';
import type { OfficeMapModel } from '../../domain/office-map';
import type { OfficeFigure } from '../../domain/office-figures';
import { BasemapMarks } from './basemap-marks';
import type { Basemap } from './layout/basemap';
import { MAP_ASPECT } from './layout/projection';
import { symbolLayout } from './layout/symbols';
import { displayedSymbols, inView } from './layout/zoomed';
import { MapLegendView } from './map-legend-view';
import { MapMarks } from './map-marks';
import { MapToolbar } from './map-toolbar';
import { OfficeList } from './office-list';
import { officeOptionLabel } from './office-text';
import { OfficeTooltip, useDismissOnEscape } from './office-tooltip';
import { useMapKeyboard } from './use-map-keyboard';
import { useMapLegend } from './use-map-legend';
import { useOfficeSelection } from './use-office-selection';

/** Where the frame measures nothing (jsdom, which has no layout), and the zoom's size until it is measured. */
const FALLBACK_SIZE = { width: 960, height: Math.round(960 / MAP_ASPECT) };
const HELP_ID = 'office-map-help';
const NOT_YET_DRAWN: readonly OfficeFigure[] = [];

/**
 * Container of the map itself: measures the frame, lays out symbols (memoised per figures and
 * size), and holds the interaction state (zoom, keyboard position, pointer). Selection lives in the
 * filters store, so the URL and every other panel follow a click here.
 */
export function OfficeMapFigure({
  model,
  basemap,
  atlasStatus,
  selectedIds,
  summaryId,
}: {
  model: OfficeMapModel;
  basemap: Basemap | undefined;
  atlasStatus: ReactNode;
  selectedIds: readonly string[];
  /** The id of the map's summary sentence, which describes the listbox with the keyboard help. */
  summaryId: string;
}) {
  const { ref: frameRef, size: measured } = useElementSize<HTMLDivElement>(FALLBACK_SIZE);
  // On paper the map is laid out for its printed column (symbols and labels at their real size).
  const printing = usePrinting();
  const size = printing ? PRINT_SIZES.map : (measured ?? FALLBACK_SIZE);
  // The basemap and the symbols are laid out once the frame is measured (in the first commit's layout
  // effect, before any paint), not first for a guessed size and again for the real one.
  const drawn = printing || measured !== null;
  const svgRef = useRef<SVGSVGElement>(null);
  const layout = useMemo(() => symbolLayout(drawn ? model.figures : NOT_YET_DRAWN, size), [drawn, model.figures, size]);
  const zoom = useMapZoom(svgRef, size, useReducedMotion());
  const symbols = useMemo(() => displayedSymbols(layout.symbols, zoom.zoom), [layout.symbols, zoom.zoom]);
  const selection = useOfficeSelection(selectedIds);
  const legend = useMapLegend(model, layout, selectedIds.length > 0);
  const labels = useMemo(
    () => new Map(model.figures.map((f) => [f.office.id, officeOptionLabel(f, model.metric)])),
    [model.figures, model.metric],
  );
  const [pointedId, setPointedId] = useState<string | null>(null);
  useDismissOnEscape(pointedId !== null, useCallback(() => setPointedId(null), []));

  const { centreOn } = zoom;
  // Keyboard moves pan the map when the office they reach lies outside the zoomed view.
  const revealOffice = useCallback(
    (id: string) => {
      const symbol = symbols.find((s) => s.id === id);
      if (symbol && !inView(symbol.cx, symbol.cy, size.width, size.height, symbol.r)) {
        centreOn(symbol.anchor[0], symbol.anchor[1]);
      }
    },
    [symbols, size, centreOn],
  );
  const keyboard = useMapKeyboard({
    points: layout.symbols,
    selected: selectedIds,
    onToggle: selection.toggle,
    onClear: selection.clear,
    onZoomIn: zoom.zoomIn,
    onZoomOut: zoom.zoomOut,
    onZoomReset: zoom.reset,
    onMove: revealOffice,
  });
  const { setActiveId } = keyboard;
  const { toggle } = selection;
  const onSymbolClick = useCallback(
    (id: string) => {
      setActiveId(id);
      toggle(id);
    },
    [setActiveId, toggle],
  );

  const tipId = pointedId ?? (keyboard.focused ? keyboard.activeId : null);
  const tipSymbol = tipId ? symbols.find((s) => s.id === tipId) : undefined;
  const mapName = `Field offices, ${model.metric.shortLabel.toLowerCase()} in ${model.edition.id}: ${model.coverage.caption}`;

  return (
    <div className="office-map__body">
      <div className="office-map__map-column">
        <MapToolbar
          selectedCount={selection.count}
          message={selection.message}
          onClear={selection.clear}
          onZoomIn={zoom.zoomIn}
          onZoomOut={zoom.zoomOut}
          onReset={zoom.reset}
        />
        <div ref={frameRef} className="chart office-map__frame">
          {basemap && drawn ? <BasemapMarks basemap={basemap} frame={layout.frame} zoom={zoom.zoom} /> : null}
          <MapMarks
            svgRef={svgRef}
            frame={layout.frame}
            symbols={symbols}
            labels={labels}
            selected={selection.selected}
            activeId={keyboard.activeId}
            name={mapName}
            describedBy={`${summaryId} ${HELP_ID}`}
            onToggle={onSymbolClick}
            onPoint={setPointedId}
            onKeyDown={keyboard.onKeyDown}
            onFocus={keyboard.onFocus}
            onBlur={keyboard.onBlur}
          />
          {atlasStatus}
          {tipSymbol ? (
            <OfficeTooltip symbol={tipSymbol} metric={model.metric} edition={model.edition} containerWidth={size.width} />
          ) : null}
        </div>
        <p id={HELP_ID} className="office-map__help">
          Click or press Enter to select an office everywhere; arrow keys move between offices; Escape
          clears the selection. Zoom: buttons, + and −, or Ctrl + scroll; drag to pan.
        </p>
        <MapLegendView {...legend} />
      </div>
      <OfficeList
        figures={model.figures}
        metric={model.metric}
        edition={model.edition}
        coverage={model.coverage}
        selected={selection.selected}
        highlightedId={tipId}
        onToggle={selection.toggle}
        onPoint={setPointedId}
      />
    </div>
  );
}
