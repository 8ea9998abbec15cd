import { memo, useMemo } from 'react';
import type { Basemap } from './layout/basemap';
import { basemapFit } from './layout/basemap';
import type { MapFrame } from './layout/projection';
import type { ZoomState } from './layout/zoomed';

/**
 * The state outlines in an <svg> of their own, beneath the offices: reference paths carried onto
 * this size (`fit`) and then zoomed; strokes stay one pixel wide. A separate element (its own
 * compositing layer, see office-map.css) so a filter change, which redraws symbols, never repaints
 * thousands of outline points; and memoised, so React never even compares the path strings.
 */
export const BasemapMarks = memo(function BasemapMarks({
  basemap,
  frame,
  zoom,
}: {
  basemap: Basemap;
  frame: MapFrame;
  zoom: ZoomState;
}) {
  const fit = useMemo(() => basemapFit(frame), [frame]);
  return (
    <svg
      className="office-map__basemap-svg"
      width={frame.width}
      height={frame.height}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      aria-hidden="true"
      focusable="false"
    >
      <g
        className="office-map__basemap"
        transform={`translate(${zoom.x} ${zoom.y}) scale(${zoom.k}) translate(${fit.x} ${fit.y}) scale(${fit.k})`}
      >
        <path className="office-map__land" d={basemap.land} vectorEffect="non-scaling-stroke" />
        <path className="office-map__borders" d={basemap.borders} vectorEffect="non-scaling-stroke" />
        <path className="office-map__insets" d={basemap.insetFrames} vectorEffect="non-scaling-stroke" />
      </g>
    </svg>
  );
});
