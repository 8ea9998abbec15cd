/**
 * The map's own zoom behaviour on a bare <svg> in jsdom (no layout: the svg's pixels are the page's):
 * a press that moves pans and swallows its click, a press that does not lets the click through to the
 * office, two fingers pinch, Ctrl + wheel zooms and a plain wheel is left to the page; and the zoom
 * control animates over 350 ms, or moves at once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_ZOOM } from '../../../src/features/office-map/layout/zoomed';
import type { ZoomState } from '../../../src/features/office-map/layout/zoomed';
import { attachMapGestures } from '../../../src/features/office-map/map-gestures';
import { createZoomControl } from '../../../src/features/office-map/zoom-control';

const SIZE = { width: 960, height: 560 };
const ZOOMED: ZoomState = { k: 2, x: -480, y: -280 };

function setUp() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const office = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
  svg.append(office);
  document.body.append(svg);
  const shown: ZoomState[] = [];
  const control = createZoomControl(SIZE, (zoom) => shown.push(zoom));
  const detach = attachMapGestures(svg, control);
  const clicks = vi.fn();
  office.addEventListener('click', clicks);
  const pointer = (type: string, id: number, x: number, y: number, init: PointerEventInit = {}) =>
    (type === 'pointerdown' || type === 'pointermove' ? office : window).dispatchEvent(
      new PointerEvent(type, { pointerId: id, clientX: x, clientY: y, pointerType: 'mouse', buttons: 1, bubbles: true, ...init }),
    );
  const click = () => office.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  return { svg, control, shown, detach, clicks, pointer, click };
}

let current: ReturnType<typeof setUp>;
beforeEach(() => {
  current = setUp();
});
afterEach(() => {
  current.detach();
  current.svg.remove();
  vi.useRealTimers();
});

describe('panning', () => {
  it('follows a mouse that moves while pressed, and swallows the click the pan ends with', () => {
    const { control, pointer, click, clicks } = current;
    control.set(ZOOMED);
    pointer('pointerdown', 1, 100, 100);
    pointer('pointermove', 1, 102, 101);
    // Within a few pixels a press is still a click: the map does not move.
    expect(control.current()).toEqual(ZOOMED);
    pointer('pointermove', 1, 160, 70);
    expect(control.current()).toEqual({ k: 2, x: -420, y: -310 });
    pointer('pointerup', 1, 160, 70, { buttons: 0 });
    click();
    expect(clicks).not.toHaveBeenCalled();
  });

  it('lets the click of a press that did not move through to the office', () => {
    const { control, pointer, click, clicks } = current;
    control.set(ZOOMED);
    pointer('pointerdown', 1, 100, 100);
    pointer('pointerup', 1, 100, 100, { buttons: 0 });
    click();
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(control.current()).toEqual(ZOOMED);
  });

  it('leaves the right button and Ctrl + press alone, and stops at the frame’s edge', () => {
    const { control, pointer } = current;
    control.set(ZOOMED);
    pointer('pointerdown', 1, 100, 100, { button: 2 });
    pointer('pointermove', 1, 300, 300);
    pointer('pointerdown', 1, 100, 100, { ctrlKey: true });
    pointer('pointermove', 1, 300, 300);
    expect(control.current()).toEqual(ZOOMED);
    pointer('pointerdown', 1, 100, 100);
    pointer('pointermove', 1, 2000, 2000);
    expect(control.current()).toEqual({ k: 2, x: 0, y: 0 });
  });

  it('pinches with two fingers about their midpoint, then pans with the one left', () => {
    const { control, pointer } = current;
    const touch = { pointerType: 'touch' };
    pointer('pointerdown', 11, 400, 280, touch);
    pointer('pointerdown', 12, 560, 280, touch);
    pointer('pointermove', 11, 320, 280, touch);
    pointer('pointermove', 12, 640, 280, touch);
    expect(control.current()).toEqual(ZOOMED);
    pointer('pointerup', 12, 640, 280, touch);
    pointer('pointermove', 11, 300, 260, touch);
    expect(control.current()).toEqual({ k: 2, x: -500, y: -300 });
  });
});

describe('the wheel', () => {
  const wheel = (svg: SVGSVGElement, init: WheelEventInit) => {
    const event = new WheelEvent('wheel', { clientX: 480, clientY: 280, cancelable: true, bubbles: true, ...init });
    svg.dispatchEvent(event);
    return event;
  };

  it('zooms about the pointer with Ctrl or ⌘, instead of zooming the page', () => {
    const { svg, control } = current;
    const event = wheel(svg, { deltaY: -500, ctrlKey: true });
    expect(event.defaultPrevented).toBe(true);
    expect(control.current()).toEqual({ k: 8, x: -3360, y: -1960 });
    wheel(svg, { deltaY: 500, metaKey: true });
    expect(control.current().k).toBe(4);
  });

  it('leaves a plain wheel to scroll the page', () => {
    const { svg, control } = current;
    const event = wheel(svg, { deltaY: -500 });
    expect(event.defaultPrevented).toBe(false);
    expect(control.current()).toEqual(NO_ZOOM);
  });
});

describe('the zoom control', () => {
  it('animates a change over 350 ms, ending exactly where it was going', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    const { control, shown } = current;
    control.go(() => ZOOMED, false);
    expect(control.current()).toEqual(NO_ZOOM);
    vi.advanceTimersByTime(175);
    const midway = control.current();
    expect(midway.k).toBeGreaterThan(1);
    expect(midway.k).toBeLessThan(2);
    vi.advanceTimersByTime(200);
    expect(control.current()).toEqual(ZOOMED);
    expect(shown.at(-1)).toEqual(ZOOMED);
  });

  it('zooms from where a running animation is heading, so two quick presses zoom four times', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    const { control } = current;
    const double = (z: ZoomState): ZoomState => ({ k: z.k * 2, x: z.x * 2 - 480, y: z.y * 2 - 280 });
    control.go(double, false);
    vi.advanceTimersByTime(50);
    control.go(double, false);
    vi.advanceTimersByTime(400);
    expect(control.current()).toEqual({ k: 4, x: -1440, y: -840 });
  });

  it('moves at once when asked to (the reader prefers reduced motion), and a drag stops an animation', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    const { control, pointer } = current;
    control.go(() => ZOOMED, true);
    expect(control.current()).toEqual(ZOOMED);
    control.go(() => NO_ZOOM, false);
    vi.advanceTimersByTime(100);
    pointer('pointerdown', 1, 100, 100);
    const held = control.current();
    vi.advanceTimersByTime(400);
    expect(control.current()).toEqual(held);
  });
});
