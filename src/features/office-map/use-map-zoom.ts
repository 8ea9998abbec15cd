/**
 * d3-zoom attached to the map's <svg> (the one place d3 touches the DOM, docs/DESIGN.md §4): it listens
 * to the pointer and reports a transform; React draws with it. Buttons and keys call the same
 * behaviour, animated unless the reader prefers reduced motion.
 *
 * The wheel zooms only with Ctrl/⌘ (a trackpad pinch sends that too), so scrolling the page over
 * the map still scrolls the page. Double-click does not zoom: a click selects an office.
 */
import { select, zoom, zoomIdentity } from 'd3';
import type { D3ZoomEvent, ZoomBehavior } from 'd3';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { RefObject } from 'react';
import type { MapSize } from './layout/projection';
import { NO_ZOOM } from './layout/zoomed';
import type { ZoomState } from './layout/zoomed';

export const MAX_ZOOM = 8;
const ZOOM_STEP = 2;
const ZOOM_MS = 350;

export interface MapZoom {
  zoom: ZoomState;
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
  /** Pans (keeping the zoom) so the map point [x, y] at zoom 1 is at the centre. */
  centreOn: (x: number, y: number) => void;
}

export function zoomFilter(event: Event): boolean {
  if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
  if (event.type === 'dblclick') return false;
  const mouse = event as MouseEvent;
  // A drag follows the pointer through the event's window; a scripted event without one (as test
  // tools dispatch) is a plain click, not the start of a pan.
  if (event.type === 'mousedown' && !mouse.view) return false;
  return !mouse.ctrlKey && !mouse.button;
}

type Behaviour = ZoomBehavior<SVGSVGElement, unknown>;

export function useMapZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  size: MapSize,
  reducedMotion: boolean,
): MapZoom {
  const [state, setState] = useState<ZoomState>(NO_ZOOM);
  const behaviourRef = useRef<Behaviour | null>(null);
  const { width, height } = size;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour: Behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .filter(zoomFilter)
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { k, x, y } = event.transform;
        setState((prev) => (prev.k === k && prev.x === x && prev.y === y ? prev : { k, x, y }));
      });
    const selection = select(svg);
    selection.call(behaviour);
    // A new size is a new layout: start again from the whole map.
    behaviour.transform(selection, zoomIdentity);
    behaviourRef.current = behaviour;
    return () => {
      selection.interrupt();
      selection.on('.zoom', null);
      behaviourRef.current = null;
    };
  }, [svgRef, width, height]);

  const apply = useCallback(
    (change: (behaviour: Behaviour, svg: SVGSVGElement) => void) => {
      const svg = svgRef.current;
      const behaviour = behaviourRef.current;
      if (svg && behaviour) change(behaviour, svg);
    },
    [svgRef],
  );

  /** Runs a zoom change at once or as a short transition. */
  const animate = useCallback(
    (run: (behaviour: Behaviour, target: ReturnType<typeof transitionOrSelection>) => void) =>
      apply((behaviour, svg) => run(behaviour, transitionOrSelection(svg, reducedMotion))),
    [apply, reducedMotion],
  );

  return {
    zoom: state,
    zoomIn: useCallback(() => animate((b, t) => b.scaleBy(t, ZOOM_STEP)), [animate]),
    zoomOut: useCallback(() => animate((b, t) => b.scaleBy(t, 1 / ZOOM_STEP)), [animate]),
    reset: useCallback(() => animate((b, t) => b.transform(t, zoomIdentity)), [animate]),
    centreOn: useCallback((x: number, y: number) => animate((b, t) => b.translateTo(t, x, y)), [animate]),
  };
}

function transitionOrSelection(svg: SVGSVGElement, reducedMotion: boolean) {
  const selection = select(svg);
  return reducedMotion ? selection : selection.transition().duration(ZOOM_MS);
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
