/**
 * The map's zoom: our own small behaviour on the map's <svg> (map-gestures.ts for the pointer and the
 * wheel, zoom-control.ts for the transform and its animation, layout/zoom-math.ts for the numbers),
 * reporting a transform that React draws with. Buttons and keys zoom by 2 about the centre, animated
 * unless the reader prefers reduced motion. Double-click does not zoom: a click selects an office.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { RefObject } from 'react';
import type { MapSize } from './layout/projection';
import { centreOn, frameCentre, zoomAbout } from './layout/zoom-math';
import { NO_ZOOM } from './layout/zoomed';
import type { ZoomState } from './layout/zoomed';
import { attachMapGestures } from './map-gestures';
import { createZoomControl } from './zoom-control';
import type { ZoomControl } from './zoom-control';

const ZOOM_STEP = 2;

export interface MapZoom {
  zoom: ZoomState;
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
  /** Pans (keeping the zoom) so the map point [x, y] at zoom 1 is at the centre. */
  centreOn: (x: number, y: number) => void;
}

interface SizedZoom extends MapSize {
  zoom: ZoomState;
}

const sameZoom = (a: ZoomState, b: ZoomState): boolean => a.k === b.k && a.x === b.x && a.y === b.y;

export function useMapZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  size: MapSize,
  reducedMotion: boolean,
): MapZoom {
  const { width, height } = size;
  const [shown, setShown] = useState<SizedZoom>({ width, height, zoom: NO_ZOOM });
  const sized = shown.width === width && shown.height === height;
  // A new size is a new layout: start again from the whole map (as the new control below does).
  if (!sized) setShown({ width, height, zoom: NO_ZOOM });
  const zoom = sized ? shown.zoom : NO_ZOOM;
  const controlRef = useRef<ZoomControl | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const control = createZoomControl({ width, height }, (next) =>
      setShown((prev) =>
        prev.width === width && prev.height === height && sameZoom(prev.zoom, next) ? prev : { width, height, zoom: next },
      ),
    );
    const detach = attachMapGestures(svg, control);
    controlRef.current = control;
    return () => {
      detach();
      control.stop();
      controlRef.current = null;
    };
  }, [svgRef, width, height]);

  // Zoomed in, every finger on the map is the map's (one pans, two pinch); at zoom 1 the stylesheet's
  // touch-action lets one finger scroll the page, as there is nothing to pan.
  const zoomedIn = zoom.k > 1;
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    svg.style.touchAction = zoomedIn ? 'none' : '';
  }, [svgRef, zoomedIn]);

  const go = useCallback(
    (change: (base: ZoomState, frame: MapSize) => ZoomState) => {
      const control = controlRef.current;
      control?.go((base) => change(base, control.size), reducedMotion);
    },
    [reducedMotion],
  );

  return {
    zoom,
    zoomIn: useCallback(() => go((z, frame) => zoomAbout(z, z.k * ZOOM_STEP, frameCentre(frame), frame)), [go]),
    zoomOut: useCallback(() => go((z, frame) => zoomAbout(z, z.k / ZOOM_STEP, frameCentre(frame), frame)), [go]),
    reset: useCallback(() => go(() => NO_ZOOM), [go]),
    centreOn: useCallback((x: number, y: number) => go((z, frame) => centreOn(z, [x, y], frame)), [go]),
  };
}

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True when the reader asked for less motion: transitions and animated zoom are then skipped. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
