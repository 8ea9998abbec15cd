/**
 * The reader's pointer and wheel on the map's <svg>, turned into zoom transforms (layout/zoom-math.ts):
 *
 * - a press that moves more than a few pixels pans (mouse, pen or one finger), with pointer capture so
 *   the pan follows the pointer outside the map; a press that does not move is left alone, so the
 *   click that follows it selects an office. After a pan, the click it ends with is swallowed.
 * - two fingers pinch: zoom about their midpoint, pan with it.
 * - the wheel zooms about the pointer only with Ctrl/⌘ (a trackpad pinch sends Ctrl too): a plain
 *   wheel scrolls the page over the map, as everywhere else.
 *
 * Capture starts only once a press has become a pan: captured from the start, a click would land on
 * the <svg> rather than on the office under the pointer.
 */
import { followPointers, wheelFactor, zoomAbout } from './layout/zoom-math';
import type { Point } from './layout/zoom-math';
import type { ZoomControl } from './zoom-control';

/** How far (CSS px) a press may wander and still be a click. */
const CLICK_SLOP = 3;

export function attachMapGestures(svg: SVGSVGElement, control: ZoomControl): () => void {
  const { size } = control;
  /** The pointers pressed on the map (at most two), where they are now, in the map's own pixels. */
  const pressed = new Map<number, Point>();
  let origin: Point = [0, 0];
  let panning = false;
  let gesture = { zoom: control.current(), from: [] as Point[] };
  let clickTimer: ReturnType<typeof setTimeout> | undefined;

  const local = (event: PointerEvent | WheelEvent): Point => {
    const box = svg.getBoundingClientRect();
    const sx = box.width > 0 ? size.width / box.width : 1;
    const sy = box.height > 0 ? size.height / box.height : 1;
    return [(event.clientX - box.left) * sx, (event.clientY - box.top) * sy];
  };
  // Whenever the pointers change, the gesture starts again from where the map is.
  const restart = (): void => {
    gesture = { zoom: control.current(), from: [...pressed.values()] };
  };
  const capture = (): void => {
    for (const id of pressed.keys()) {
      try {
        svg.setPointerCapture(id);
      } catch {
        // A pointer already released, or a DOM without capture (jsdom): the pan still follows the
        // pointer while it stays over the map, and the window still sees it end.
      }
    }
  };
  const swallowClick = (event: MouseEvent): void => {
    event.stopPropagation();
    event.preventDefault();
  };
  const swallowNextClick = (): void => {
    svg.addEventListener('click', swallowClick, { capture: true, once: true });
    // The click comes with the pointerup, in the same task; a pan that ends elsewhere sends none.
    clickTimer = setTimeout(() => svg.removeEventListener('click', swallowClick, { capture: true }), 0);
  };

  const onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && (event.button !== 0 || event.ctrlKey)) return;
    if (pressed.size >= 2) return;
    if (pressed.size === 0) {
      origin = [event.clientX, event.clientY];
      panning = false;
    }
    pressed.set(event.pointerId, local(event));
    control.stop();
    restart();
    // A second finger makes a pinch at once: it was never a click.
    if (pressed.size === 2) {
      panning = true;
      capture();
    }
  };

  const onPointerMove = (event: PointerEvent): void => {
    if (!pressed.has(event.pointerId)) return;
    // A mouse released where the window never heard of it (outside the browser, before capture).
    if (event.pointerType === 'mouse' && event.buttons === 0) {
      onPointerEnd(event);
      return;
    }
    pressed.set(event.pointerId, local(event));
    if (!panning) {
      if (Math.hypot(event.clientX - origin[0], event.clientY - origin[1]) <= CLICK_SLOP) return;
      panning = true;
      capture();
    }
    control.set(followPointers(gesture.zoom, gesture.from, [...pressed.values()], size));
  };

  const onPointerEnd = (event: PointerEvent): void => {
    if (!pressed.delete(event.pointerId)) return;
    if (pressed.size > 0) restart();
    else if (panning && event.type === 'pointerup') swallowNextClick();
  };

  const onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) return;
    // Ours, not the browser's page zoom, even at the zoom's limits.
    event.preventDefault();
    const zoom = control.current();
    control.set(zoomAbout(zoom, zoom.k * wheelFactor(event), local(event), size));
  };

  svg.addEventListener('pointerdown', onPointerDown);
  svg.addEventListener('pointermove', onPointerMove);
  // On the window: a press released off the map (before it became a pan, so uncaptured) still ends.
  window.addEventListener('pointerup', onPointerEnd);
  window.addEventListener('pointercancel', onPointerEnd);
  svg.addEventListener('wheel', onWheel, { passive: false });
  return () => {
    svg.removeEventListener('pointerdown', onPointerDown);
    svg.removeEventListener('pointermove', onPointerMove);
    window.removeEventListener('pointerup', onPointerEnd);
    window.removeEventListener('pointercancel', onPointerEnd);
    svg.removeEventListener('wheel', onWheel);
    svg.removeEventListener('click', swallowClick, { capture: true });
    clearTimeout(clickTimer);
  };
}
