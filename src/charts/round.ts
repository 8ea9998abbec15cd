/** Rounds a coordinate to 0.1 px: stable snapshots and smaller SVG, no visible difference. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}
