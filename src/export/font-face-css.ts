/**
 * `@font-face` rules that carry the font inside the SVG as a data: URL, so an exported file renders
 * in Public Sans anywhere, with no request (docs/DESIGN.md §5, §6). Pure; the bytes come from
 * export-fonts.ts.
 */

export interface EmbeddedFont {
  weight: 400 | 700;
  /** The woff2 file's bytes. */
  bytes: Uint8Array;
}

/** The family name the charts already use (CHART_FONT), so their text picks up the embedded font. */
export const EXPORT_FONT_FAMILY = 'Public Sans';

/** Standard base64 of bytes (btoa over chunks: String.fromCharCode takes only so many arguments). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function fontFaceCss(fonts: readonly EmbeddedFont[]): string {
  return fonts
    .map(
      (font) =>
        `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-style:normal;font-weight:${font.weight};` +
        `src:url(data:font/woff2;base64,${bytesToBase64(font.bytes)}) format('woff2')}`,
    )
    .join('');
}
