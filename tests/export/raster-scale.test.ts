// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_EXPORT_PIXELS, rasterSize } from '../../src/export/raster-scale';

describe('rasterSize', () => {
  it('keeps the requested scale when the image fits the pixel cap', () => {
    expect(rasterSize(1200, 800, 2)).toEqual({ scale: 2, pixelWidth: 2400, pixelHeight: 1600, capped: false });
    // 4800 × 3200 = 15.36 million pixels: under the cap of 16,777,216.
    expect(rasterSize(1200, 800, 4)).toEqual({ scale: 4, pixelWidth: 4800, pixelHeight: 3200, capped: false });
  });

  it('scales a 4× export of a tall composition down to the largest scale that fits', () => {
    // 4× would be 4800 × 4400 = 21.1 million pixels; √(16,777,216 / 1,320,000) = 3.565 → 3.56.
    const size = rasterSize(1200, 1100, 4);
    expect(size).toEqual({ scale: 3.56, pixelWidth: 4272, pixelHeight: 3916, capped: true });
    expect(size.pixelWidth * size.pixelHeight).toBeLessThanOrEqual(MAX_EXPORT_PIXELS);
  });

  it('also caps the longest side', () => {
    // Area first: √(16,777,216 / 6,000,000) = 1.672 → 1.67.
    expect(rasterSize(1200, 5000, 4)).toEqual({ scale: 1.67, pixelWidth: 2004, pixelHeight: 8350, capped: true });
    // Side: 18,000 px would exceed 16,384; 16,384 / 9,000 = 1.820 → 1.82.
    expect(rasterSize(200, 9000, 2)).toEqual({ scale: 1.82, pixelWidth: 364, pixelHeight: 16380, capped: true });
  });
});
