// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bytesToBase64, fontFaceCss } from '../../src/export/font-face-css';

describe('fontFaceCss', () => {
  it('encodes bytes as standard base64, also past one chunk', () => {
    expect(bytesToBase64(new Uint8Array([]))).toBe('');
    expect(bytesToBase64(new Uint8Array([0, 255, 128, 63]))).toBe('AP+APw==');
    const large = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    expect(bytesToBase64(large)).toBe(Buffer.from(large).toString('base64'));
  });

  it('writes one @font-face per weight with the font as a data: URL', () => {
    expect(fontFaceCss([{ weight: 700, bytes: new Uint8Array([1, 2, 3]) }])).toBe(
      "@font-face{font-family:'Public Sans';font-style:normal;font-weight:700;src:url(data:font/woff2;base64,AQID) format('woff2')}",
    );
  });
});
