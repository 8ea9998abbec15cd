/**
 * How many pixels a PNG export gets. Browsers refuse or blank very large canvases (Safari and many
 * phones stop at 16,777,216 px = 4096², Chromium at 32,767 px a side), so the total is capped there:
 * a 4× export of a tall composition is scaled down to the largest scale that fits, and says so.
 */
export const MAX_EXPORT_PIXELS = 4096 * 4096;
export const MAX_EXPORT_SIDE = 16_384;

export interface RasterSize {
  /** The scale actually used (equal to the requested one unless capped). */
  scale: number;
  pixelWidth: number;
  pixelHeight: number;
  capped: boolean;
}

const pixelsAt = (width: number, height: number, scale: number) => ({
  pixelWidth: Math.round(width * scale),
  pixelHeight: Math.round(height * scale),
});

export function rasterSize(width: number, height: number, requested: number): RasterSize {
  const wanted = pixelsAt(width, height, requested);
  if (wanted.pixelWidth * wanted.pixelHeight <= MAX_EXPORT_PIXELS && Math.max(wanted.pixelWidth, wanted.pixelHeight) <= MAX_EXPORT_SIDE) {
    return { scale: requested, ...wanted, capped: false };
  }
  const byArea = Math.sqrt(MAX_EXPORT_PIXELS / (width * height));
  const bySide = MAX_EXPORT_SIDE / Math.max(width, height);
  // Two decimals, rounded down, then stepped down until the rounded pixel sizes fit too.
  let scale = Math.floor(Math.min(byArea, bySide, requested) * 100) / 100;
  let size = pixelsAt(width, height, scale);
  while (scale > 0.01 && (size.pixelWidth * size.pixelHeight > MAX_EXPORT_PIXELS || Math.max(size.pixelWidth, size.pixelHeight) > MAX_EXPORT_SIDE)) {
    scale = Math.round((scale - 0.01) * 100) / 100;
    size = pixelsAt(width, height, scale);
  }
  return { scale, ...size, capped: true };
}
