/**
 * The security headers the production build must be served with (docs/DESIGN.md §7).
 *
 * One source of truth: scripts/serve.mjs sends these on every response, the e2e tests assert them,
 * and the README quotes them for whoever hosts the build. The policy allows nothing inline and no
 * eval, so the app must ship every script and style as a file. The few relaxations serve the export
 * kit (docs/DESIGN.md §5): `data:`/`blob:` images for rasterising an SVG into a PNG, `data:` fonts for
 * the fonts embedded in exported SVG, `blob:` workers for work moved off the main thread.
 */

/** Directives in the order they are sent; joined with "; " into the header value. */
export const CSP_DIRECTIVES = Object.freeze([
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
]);

/** The exact `Content-Security-Policy` header value. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** Every header the host must send on every response (documents, assets, data and errors alike). */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
});
