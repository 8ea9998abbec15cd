/**
 * The exported SVG as a file: serialised by the real serialiser (React into a detached element, then
 * XMLSerializer; jsdom here, the browser in the app) and checked as XML. One SVG snapshot on fixed
 * input (__snapshots__/composition-fixture.svg, viewable in a browser); regenerate with
 * `npx vitest run --project unit tests/export -u` and read the diff.
 */
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_PATTERN_ID } from '../../src/charts/theme';
import { composeExport } from '../../src/export/compose-export';
import type { ExportInput } from '../../src/export/composition-types';
import { fontFaceCss } from '../../src/export/font-face-css';
import { compositionSvgText } from '../../src/export/serialize-svg';
import { expectSvgSnapshot } from '../support/svg-snapshot';
import { fixtureInput } from './export-fixture';

const FONT_CSS = fontFaceCss([
  { weight: 400, bytes: new Uint8Array([1, 2, 3]) },
  { weight: 700, bytes: new Uint8Array([4, 5, 6]) },
]);

function svgFor(input: ExportInput, options: { kind?: 'natural' | 'slide'; scale?: number } = {}): string {
  return compositionSvgText(composeExport(input, options.kind ?? 'natural'), { fontCss: FONT_CSS, scale: options.scale ?? 1 });
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('exported SVG', () => {
  it('matches the reviewed drawing on fixed input', async () => {
    await expectSvgSnapshot(svgFor(fixtureInput()), 'composition-fixture');
  });

  it('is a standalone SVG document: namespace, size, title and description, white background', () => {
    const svg = svgFor(fixtureInput());
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const root = parse(svg).documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['1200', '594', '0 0 1200 594']);
    expect(root.querySelector(':scope > title')?.textContent).toBe('Minor victims identified or located, by edition');
    expect(root.querySelector(':scope > desc')?.textContent).toMatch(/^In 2023, OCC XIII identified/);
    const background = root.querySelector(':scope > rect');
    expect([background?.getAttribute('width'), background?.getAttribute('height'), background?.getAttribute('fill')]).toEqual([
      '1200',
      '594',
      '#ffffff',
    ]);
  });

  it('embeds its fonts and refers to nothing outside itself', () => {
    const svg = svgFor(fixtureInput());
    expect(svg).toContain("@font-face{font-family:'Public Sans';font-style:normal;font-weight:400;src:url(data:font/woff2;base64,AQID) format('woff2')}");
    expect(svg).toContain('font-weight:700;src:url(data:font/woff2;base64,BAUG)');
    expect(svg).not.toMatch(/foreignObject/i);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/href=/i);
    expect(svg).not.toMatch(/url\((?!data:|#)/);
    // The view link and the sources are text, not links.
    expect(svg).toContain('Reproduce this view: https://occ.example.gov/?metric=minor-victims');
  });

  it('escapes every data string and drops characters XML cannot hold', () => {
    const hostile = '<script>alert("x")</script> & <a href="http://evil.example">';
    const svg = svgFor(
      fixtureInput({
        title: `${hostile}\u0007`,
        filters: [hostile],
        summary: hostile,
        sources: [{ outlet: hostile, date: '2023', url: '' }],
        viewUrl: 'https://occ.example.gov/?q=<b>&x="1"',
      }),
    );
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<a /);
    expect(svg).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;a href="http://evil.example"&gt;');
    expect(svg).not.toContain('\u0007');
    const doc = parse(svg);
    expect(doc.documentElement.querySelector(':scope > title')?.textContent).toBe(hostile);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('a')).toHaveLength(0);
  });

  it('shows the SAMPLE DATA mark only when sample values are shown', () => {
    const texts = (doc: Document) => [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    const sample = parse(svgFor(fixtureInput({ sample: true })));
    expect(texts(sample).filter((t) => t === 'SAMPLE DATA')).toHaveLength(1);
    expect(texts(sample).filter((t) => t.startsWith('SAMPLE DATA: values in this image are generated'))).toHaveLength(1);
    const published = parse(svgFor(fixtureInput({ sample: false })));
    expect(texts(published).some((t) => t.includes('SAMPLE'))).toBe(false);
  });

  it('defines the hatch of synthetic marks exactly once, for the chart and the legend', () => {
    const doc = parse(svgFor(fixtureInput({ sample: true })));
    expect(doc.querySelectorAll(`pattern#${SYNTHETIC_PATTERN_ID}`)).toHaveLength(1);
    expect(doc.querySelectorAll(`[fill="url(#${SYNTHETIC_PATTERN_ID})"]`)).toHaveLength(1);
  });

  it('draws at the raster scale with the same viewBox, and the slide at 1920 × 1080', () => {
    const root2x = parse(svgFor(fixtureInput(), { scale: 2 })).documentElement;
    expect([root2x.getAttribute('width'), root2x.getAttribute('height'), root2x.getAttribute('viewBox')]).toEqual([
      '2400',
      '1188',
      '0 0 1200 594',
    ]);
    const slide = parse(svgFor(fixtureInput(), { kind: 'slide' })).documentElement;
    expect([slide.getAttribute('width'), slide.getAttribute('height'), slide.getAttribute('viewBox')]).toEqual([
      '1920',
      '1080',
      '0 0 1200 675',
    ]);
  });

  it('places the chart at its box and gives it that size', () => {
    let drawnAt: unknown = null;
    const input = fixtureInput({
      chart: {
        height: 300,
        draw: (size) => {
          drawnAt = size;
          return <rect width={size.width} height={size.height} fill="#eeeeee" />;
        },
      },
    });
    const doc = parse(svgFor(input));
    expect(drawnAt).toEqual({ width: 1120, height: 300 });
    const group = [...doc.documentElement.children].find((el) => el.getAttribute('transform') === 'translate(40 177)');
    expect(group?.firstElementChild?.getAttribute('fill')).toBe('#eeeeee');
  });
});
