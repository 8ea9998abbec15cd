/**
 * Fixed chart heights, shared by the charts and the skeleton so nothing moves when data arrive
 * (layout-shift budget 0.02). Width follows the container; height never depends on the data.
 */
// Here rather than in scale-strip-layout.ts: the skeleton (first view) needs the height, not the
// layout and its font-width table.
export const SCALE_ROW_HEIGHT = 30;
export const NATIONAL_CHART_HEIGHT = 300;
export const OFFICE_CHART_HEIGHT = 190;
/** The published and sample packages have four scale measures; one row each under the nation. */
export const EXPECTED_SCALE_ROWS = 4;

export function nationalChartHeight(scaleRows: number): number {
  return NATIONAL_CHART_HEIGHT + scaleRows * SCALE_ROW_HEIGHT;
}
