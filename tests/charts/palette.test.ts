// @vitest-environment node
/**
 * One colour source: the palette is the only place a colour is written. The page's custom properties
 * are generated from it, and no stylesheet or module elsewhere writes a colour of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT, paletteCss } from '../../src/charts/palette';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const PALETTE = join(SRC, 'charts', 'palette.ts');
/** A hex colour (#abc, #aabbcc) that is not part of a longer word, e.g. not an id like `#source-S1`. */
const HEX = /#[0-9a-f]{3}(?:[0-9a-f]{3})?\b/gi;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(css|tsx?)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('the palette', () => {
  it('writes every token as a custom property, the dark scheme under prefers-color-scheme on screens only', () => {
    const css = paletteCss();
    // Paper is printed light whatever the reader's scheme: light text on white would not read.
    expect(css).not.toMatch(/@media \(prefers-color-scheme/);
    expect(css).toContain(`  --nation: ${LIGHT.nation};`);
    expect(css).toContain(`  --ink-muted: ${LIGHT['ink-muted']};`);
    const dark = css.slice(css.indexOf('@media screen and (prefers-color-scheme: dark)'));
    expect(dark).toContain(`    --nation: ${DARK.nation ?? ''};`);
    expect(Object.keys(DARK).every((token) => token in LIGHT)).toBe(true);
  });

  it('is the only place a colour is written in src/', () => {
    const offenders = files(SRC)
      .filter((file) => file !== PALETTE)
      .flatMap((file) => {
        // Comments may name a colour when they explain a contrast ratio; code may not use one.
        const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        return (code.match(HEX) ?? []).map((hex) => `${relative(SRC, file)}: ${hex}`);
      });
    expect(offenders).toEqual([]);
  });
});
