/**
 * The two Public Sans files an export embeds (latin subset, 400 and 700: about 15 kB each). The
 * `?url` imports make Vite emit them as hashed assets, the same files the page's own CSS loads, so
 * the fetch here is same-origin (connect-src 'self') and usually answered from the HTTP cache.
 */
import boldUrl from '@fontsource/public-sans/files/public-sans-latin-700-normal.woff2?url';
import regularUrl from '@fontsource/public-sans/files/public-sans-latin-400-normal.woff2?url';
import { fontFaceCss } from './font-face-css';
import type { EmbeddedFont } from './font-face-css';

async function fetchFont(url: string, weight: EmbeddedFont['weight']): Promise<EmbeddedFont> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The export font could not be loaded (HTTP ${response.status} for ${url})`);
  return { weight, bytes: new Uint8Array(await response.arrayBuffer()) };
}

let cached: Promise<string> | null = null;

/** The `@font-face` CSS for exported SVG; loaded once per page, retried after a failure. */
export function loadExportFontCss(): Promise<string> {
  cached ??= Promise.all([fetchFont(regularUrl, 400), fetchFont(boldUrl, 700)]).then(fontFaceCss, (error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}
