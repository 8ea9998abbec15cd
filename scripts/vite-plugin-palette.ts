/**
 * The page's colour custom properties, generated from the one palette (src/charts/palette.ts) that the
 * charts and exports read as SVG attributes: `import 'virtual:palette.css'` (in src/main.tsx) is a
 * stylesheet like any other in dev and in the build, so the CSS and the charts cannot drift apart.
 */
import type { Plugin } from 'vite';
import { paletteCss } from '../src/charts/palette';

export const PALETTE_MODULE = 'virtual:palette.css';
// Ends in .css so Vite treats it as a stylesheet (bundled, hashed, under the CSP like the others).
const RESOLVED = '\0virtual:palette.css';

export function palettePlugin(): Plugin {
  return {
    name: 'occ-palette',
    resolveId(id) {
      return id === PALETTE_MODULE ? RESOLVED : null;
    },
    load(id) {
      return id === RESOLVED ? paletteCss() : null;
    },
  };
}
