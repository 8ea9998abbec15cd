/**
 * Holds the map's zoom for one frame size and moves it: at once (a drag, a pinch, the wheel, or any
 * change when the reader prefers reduced motion) or over ZOOM_MS with requestAnimationFrame (the
 * buttons and keys). `show` hands every transform to React, which draws with it.
 */
import type { MapSize } from './layout/projection';
import { constrainZoom, easeCubicInOut, interpolateZoom } from './layout/zoom-math';
import { NO_ZOOM } from './layout/zoomed';
import type { ZoomState } from './layout/zoomed';

const ZOOM_MS = 350;

export interface ZoomControl {
  size: MapSize;
  /** The transform on screen. */
  current: () => ZoomState;
  /** Shows a transform at once, stopping any animation. */
  set: (zoom: ZoomState) => void;
  /**
   * Moves to change(base), animated unless `instant`. The base is where a running animation is
   * heading, so pressing + twice quickly zooms four times, as the reader meant.
   */
  go: (change: (base: ZoomState) => ZoomState, instant: boolean) => void;
  stop: () => void;
}

export function createZoomControl(size: MapSize, show: (zoom: ZoomState) => void): ZoomControl {
  let current = NO_ZOOM;
  let animation: { to: ZoomState; frame: number } | null = null;

  const stop = (): void => {
    if (animation) cancelAnimationFrame(animation.frame);
    animation = null;
  };
  const draw = (zoom: ZoomState): void => {
    current = zoom;
    show(zoom);
  };
  const set = (zoom: ZoomState): void => {
    stop();
    draw(constrainZoom(zoom, size));
  };

  const go = (change: (base: ZoomState) => ZoomState, instant: boolean): void => {
    const to = constrainZoom(change(animation?.to ?? current), size);
    if (instant) {
      set(to);
      return;
    }
    stop();
    const from = current;
    const start = performance.now();
    const step = (time: number): void => {
      const t = Math.max(0, Math.min(1, (time - start) / ZOOM_MS));
      draw(interpolateZoom(from, to, easeCubicInOut(t), size));
      if (t < 1 && animation) animation.frame = requestAnimationFrame(step);
      else animation = null;
    };
    animation = { to, frame: requestAnimationFrame(step) };
  };

  return { size, current: () => current, set, go, stop };
}
