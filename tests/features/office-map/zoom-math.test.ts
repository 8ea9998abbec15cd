// @vitest-environment node
/**
 * The map's zoom in numbers (layout/zoom-math.ts): the limits (1× to 8×, the map never leaving its
 * frame), zooming about a point, the wheel's rate, pans and pinches, and the animation's path.
 */
import { describe, expect, it } from 'vitest';
import {
  centreOn,
  clampScale,
  constrainZoom,
  easeCubicInOut,
  followPointers,
  interpolateZoom,
  mapPointAt,
  MAX_ZOOM,
  wheelFactor,
  zoomAbout,
} from '../../../src/features/office-map/layout/zoom-math';
import { NO_ZOOM } from '../../../src/features/office-map/layout/zoomed';

const SIZE = { width: 960, height: 560 };
const CENTRE = [480, 280] as const;

describe('the zoom limits', () => {
  it('keep the zoom between 1 and 8', () => {
    expect([clampScale(0.25), clampScale(1), clampScale(3), clampScale(100)]).toEqual([1, 1, 3, MAX_ZOOM]);
    expect(MAX_ZOOM).toBe(8);
  });

  it('keep the map over its whole frame: at zoom k the left edge lies between width − k·width and 0', () => {
    expect(constrainZoom({ k: 2, x: 50, y: 20 }, SIZE)).toEqual({ k: 2, x: 0, y: 0 });
    expect(constrainZoom({ k: 2, x: -2000, y: -900 }, SIZE)).toEqual({ k: 2, x: -960, y: -560 });
    expect(constrainZoom({ k: 2, x: -300, y: -100 }, SIZE)).toEqual({ k: 2, x: -300, y: -100 });
    // At zoom 1 the map fills the frame: there is nowhere to pan.
    expect(constrainZoom({ k: 1, x: -40, y: 30 }, SIZE)).toEqual(NO_ZOOM);
    expect(constrainZoom({ k: 0.5, x: 10, y: 10 }, SIZE)).toEqual(NO_ZOOM);
  });
});

describe('zoomAbout', () => {
  it('doubles about the frame’s centre, exactly, and keeps the centre’s map point still', () => {
    const twice = zoomAbout(NO_ZOOM, 2, CENTRE, SIZE);
    expect(twice).toEqual({ k: 2, x: -480, y: -280 });
    expect(mapPointAt(twice, CENTRE)).toEqual([480, 280]);
    expect(zoomAbout(twice, 4, CENTRE, SIZE)).toEqual({ k: 4, x: -1440, y: -840 });
    expect(zoomAbout(twice, 1, CENTRE, SIZE)).toEqual(NO_ZOOM);
  });

  it('keeps the map point under the pointer where it is (Ctrl + wheel)', () => {
    const pointer = [700, 150] as const;
    const zoomed = zoomAbout(NO_ZOOM, 3, pointer, SIZE);
    expect(zoomed.k).toBe(3);
    expect(mapPointAt(zoomed, pointer)[0]).toBeCloseTo(700, 9);
    expect(mapPointAt(zoomed, pointer)[1]).toBeCloseTo(150, 9);
  });

  it('stops at 8× and at the frame’s edge rather than going past them', () => {
    expect(zoomAbout({ k: 6, x: -2000, y: -1000 }, 12, CENTRE, SIZE).k).toBe(8);
    // Zooming out about the top-left corner while viewing the bottom-right one would show empty space
    // beyond the map's edge: the map is shifted back inside its frame.
    expect(zoomAbout({ k: 4, x: -2880, y: -1680 }, 2, [0, 0], SIZE)).toEqual({ k: 2, x: -960, y: -560 });
  });
});

describe('centreOn', () => {
  it('pans so a map point is at the centre, keeping the zoom, as near as the frame allows', () => {
    expect(centreOn({ k: 4, x: 0, y: 0 }, [377, 247.5], SIZE)).toEqual({ k: 4, x: 480 - 4 * 377, y: 280 - 4 * 247.5 });
    // San Juan sits in the bottom-right corner: the map stops at its edge.
    expect(centreOn({ k: 4, x: 0, y: 0 }, [912, 527], SIZE)).toEqual({ k: 4, x: -2880, y: -1680 });
    expect(centreOn(NO_ZOOM, [912, 527], SIZE)).toEqual(NO_ZOOM);
  });
});

describe('wheelFactor', () => {
  it('zooms in when scrolling up and out when scrolling down, at the rates of d3’s zoom', () => {
    expect(wheelFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(2 ** 0.2, 12);
    expect(wheelFactor({ deltaY: 100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(2 ** -0.2, 12);
    expect(wheelFactor({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(2 ** 0.15, 12);
    expect(wheelFactor({ deltaY: -1, deltaMode: 2, ctrlKey: false })).toBe(2);
  });

  it('is ten times as fast with Ctrl, as a trackpad pinch sends a few pixels at a time', () => {
    expect(wheelFactor({ deltaY: -10, deltaMode: 0, ctrlKey: true })).toBeCloseTo(2 ** 0.2, 12);
    expect(wheelFactor({ deltaY: 0, deltaMode: 0, ctrlKey: true })).toBe(1);
  });
});

describe('followPointers', () => {
  const zoomed = { k: 2, x: -480, y: -280 };

  it('pans with one pointer, within the frame', () => {
    expect(followPointers(zoomed, [[100, 100]], [[160, 70]], SIZE)).toEqual({ k: 2, x: -420, y: -310 });
    expect(followPointers(zoomed, [[100, 100]], [[900, 100]], SIZE)).toEqual({ k: 2, x: 0, y: -280 });
    expect(followPointers(NO_ZOOM, [[100, 100]], [[300, 300]], SIZE)).toEqual(NO_ZOOM);
  });

  it('zooms with two pointers by how far they moved apart, keeping the map under their midpoint', () => {
    const pinched = followPointers(
      NO_ZOOM,
      [
        [400, 280],
        [560, 280],
      ],
      [
        [320, 280],
        [640, 280],
      ],
      SIZE,
    );
    expect(pinched).toEqual({ k: 2, x: -480, y: -280 });
    const back = followPointers(
      pinched,
      [
        [320, 280],
        [640, 280],
      ],
      [
        [440, 280],
        [520, 280],
      ],
      SIZE,
    );
    expect(back).toEqual(NO_ZOOM);
  });
});

describe('the zoom animation', () => {
  it('eases slow, fast, slow from 0 to 1', () => {
    expect([easeCubicInOut(0), easeCubicInOut(0.5), easeCubicInOut(1)]).toEqual([0, 0.5, 1]);
    expect(easeCubicInOut(0.1)).toBeCloseTo(0.004, 9);
    expect(easeCubicInOut(0.9)).toBeCloseTo(0.996, 9);
  });

  it('ends exactly where it is going, and zooms by a constant factor per step about a still centre', () => {
    const to = { k: 4, x: -1440, y: -840 };
    expect(interpolateZoom(NO_ZOOM, to, 0, SIZE)).toBe(NO_ZOOM);
    expect(interpolateZoom(NO_ZOOM, to, 1, SIZE)).toBe(to);
    const half = interpolateZoom(NO_ZOOM, to, 0.5, SIZE);
    expect(half.k).toBeCloseTo(2, 12);
    expect(mapPointAt(half, CENTRE)[0]).toBeCloseTo(480, 9);
    expect(mapPointAt(half, CENTRE)[1]).toBeCloseTo(280, 9);
  });

  it('never shows a step outside the frame', () => {
    const from = { k: 8, x: -6720, y: -3920 };
    for (let t = 0; t <= 1; t += 0.05) {
      const step = interpolateZoom(from, NO_ZOOM, t, SIZE);
      expect(constrainZoom(step, SIZE)).toEqual(step);
    }
  });
});
