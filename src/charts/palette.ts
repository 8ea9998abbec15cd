/**
 * The one colour source. Charts, the map and every export take their colours from here as SVG
 * attributes (an exported file has no stylesheet, and exports always use the light scheme); the page's
 * stylesheet gets the same values as CSS custom properties generated from this file at build time
 * (scripts/vite-plugin-palette.ts), with the dark scheme's values under `prefers-color-scheme: dark` on screens only (paper is
 * always printed in the light scheme).
 *
 * Colours after the U.S. Web Design System; every text pair meets WCAG AA (4.5:1). Series colours are
 * Okabe–Ito, safe for the common forms of colour blindness; value states are told apart by shape and
 * text as well as colour, never by colour alone (docs/DESIGN.md §6).
 */

export const LIGHT = {
  ink: '#1b1b1b',
  'ink-muted': '#565c65',
  paper: '#ffffff',
  'paper-alt': '#f0f0f0',
  /** Hairlines, map outlines, inset frames. */
  line: '#a9aeb1',
  /** Input borders, which need 3:1 against the paper. */
  'line-strong': '#71767a',
  grid: '#dfe1e2',
  primary: '#005ea2',
  'primary-dark': '#1a4480',
  focus: '#2491ff',
  'header-bg': '#1a4480',
  'header-ink': '#ffffff',
  'warning-bg': '#faf3d1',
  'warning-ink': '#5c4809',
  'error-bg': '#f4e3db',
  'error-ink': '#6f3331',
  'sample-bg': '#5c1111',
  'sample-ink': '#ffffff',
  /** The "YOUR DATA — not published" mark: violet, so it is never taken for SAMPLE DATA's red (white on it, 10:1). */
  'your-data-bg': '#3d2c8d',
  'your-data-ink': '#ffffff',
  'active-bg': '#e7f2f8',
  'selected-bg': '#e7f2f5',
  'chip-bg': '#e6e6e6',
  'mark-bg': '#fff3c2',
  /** The nation's series (and every office symbol): Okabe–Ito blue. */
  nation: '#0072B2',
  /** The offices' series: Okabe–Ito vermilion. */
  office: '#D55E00',
} as const;

export type ColourToken = keyof typeof LIGHT;

/** The dark scheme: only what differs from the light one. Exports never use it. */
export const DARK: Partial<Record<ColourToken, string>> = {
  ink: '#f0f0f0',
  'ink-muted': '#c6cace',
  paper: '#1b1b1b',
  'paper-alt': '#2d2e2f',
  line: '#71767a',
  'line-strong': '#a9aeb1',
  grid: '#3d4551',
  primary: '#73b3e7',
  'primary-dark': '#a1d3ff',
  'header-bg': '#0b2440',
  'warning-bg': '#3b3000',
  'warning-ink': '#fee685',
  'error-bg': '#3e1a18',
  'error-ink': '#f8dfe2',
  'active-bg': '#2f3a45',
  'selected-bg': '#1f3a52',
  'chip-bg': '#3d4551',
  'mark-bg': '#5c4809',
  focus: '#73b3e7',
  /** On a dark page the nation's blue is too dark: Okabe–Ito sky blue instead. */
  nation: '#56B4E9',
};

/** The palette as CSS custom properties (`--ink`, `--nation`, …), light first, then the dark scheme. */
export function paletteCss(): string {
  const block = (colours: Partial<Record<ColourToken, string>>, indent: string): string =>
    Object.entries(colours)
      .map(([name, value]) => `${indent}--${name}: ${value};`)
      .join('\n');
  return [
    '/* GENERATED from src/charts/palette.ts (scripts/vite-plugin-palette.ts): edit the palette, not this. */',
    ':root {',
    block(LIGHT, '  '),
    '  color-scheme: light;',
    '}',
    '@media screen and (prefers-color-scheme: dark) {',
    '  :root {',
    block(DARK, '    '),
    '    color-scheme: dark;',
    '  }',
    '}',
    '',
  ].join('\n');
}
