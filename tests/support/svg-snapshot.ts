/**
 * The one way SVG markup is snapshotted: as a standalone `.svg` file beside the test
 * (`__snapshots__/<name>.svg`), so a reviewer opens the drawing in a browser as well as reading its
 * diff. Regenerate with `npx vitest run --project unit <test file> -u` after an intended change.
 */
import { expect } from 'vitest';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * React's generated ids (useId: `_r_1_` now, `«r1»` and `:r1:` in earlier versions) depend on render
 * order, not on the drawing; replaced so a snapshot changes only when the drawing does.
 */
const REACT_ID = /«r[0-9a-z]+»|:r[0-9a-z]+:|_r_[0-9a-z]+_/g;

/**
 * React ids replaced, one element per line (a diff reads as a list of changes), a namespace on the
 * root `<svg>` (markup rendered for the page has none, and a browser shows a file without it as XML
 * text) and a final newline.
 */
export function normaliseSvg(markup: string): string {
  const lines = markup.trim().replace(REACT_ID, 'ID').replace(/></g, '>\n<');
  const root = /<svg\b[^>]*>/.exec(lines);
  if (!root) throw new Error('expectSvgSnapshot: the markup has no <svg> element');
  const withNamespace = root[0].includes('xmlns=')
    ? lines
    : lines.replace(/<svg\b/, `<svg xmlns="${SVG_NAMESPACE}"`);
  return `${withNamespace}\n`;
}

/** Compares `markup` with `__snapshots__/<name>.svg` next to the calling test file. */
export async function expectSvgSnapshot(markup: string, name: string): Promise<void> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new Error(`expectSvgSnapshot: "${name}" is not a kebab-case file name`);
  await expect(normaliseSvg(markup)).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
}
