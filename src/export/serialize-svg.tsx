/**
 * SVG text of a composition. React draws it (the same stateless marks as the page), into a detached
 * element that is never attached to the document, and the browser's XMLSerializer writes it out:
 * well-formed XML with the SVG namespace, every text and attribute value escaped by the serialiser.
 * (react-dom/server would add about 98 kB gzip to the export chunk; react-dom is already loaded.)
 *
 * The fonts go in afterwards as a <style> of `@font-face` rules with data: URLs, inserted as text, so
 * no style element is ever created in the page (its CSP allows no inline style). Inside an SVG file,
 * or an SVG drawn as an image, that style belongs to the image's own document.
 */
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ExportComposition } from './compose-export';
import { CompositionSvg } from './composition-svg';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Markup of an element whose root is an <svg>; needs a DOM (the browser, or jsdom in tests). */
export function renderSvgMarkup(element: ReactElement, doc: Document = document): string {
  const container = doc.createElement('div');
  const root = createRoot(container);
  try {
    flushSync(() => {
      root.render(element);
    });
    const svg = container.firstElementChild;
    if (!svg || svg.localName !== 'svg') throw new Error('The export did not render an <svg> element');
    return stripInvalidXmlChars(new XMLSerializer().serializeToString(svg));
  } finally {
    root.unmount();
  }
}

/** Puts `<style>css</style>` first inside the root element (the serialiser escapes `>` in values). */
export function embedStyle(svgMarkup: string, css: string): string {
  if (css === '') return svgMarkup;
  const end = svgMarkup.indexOf('>');
  if (!svgMarkup.startsWith('<svg') || end < 0) throw new Error('Not SVG markup');
  return `${svgMarkup.slice(0, end + 1)}<style>${css}</style>${svgMarkup.slice(end + 1)}`;
}

export interface SvgFileOptions {
  /** `@font-face` rules with the fonts as data: URLs (see export-fonts.ts); '' for none. */
  fontCss: string;
  /** Multiplies the output size (the viewBox stays): 2 gives a 2× image when rasterised. */
  scale?: number;
}

/** The standalone SVG file of a composition. */
export function compositionSvgText(composition: ExportComposition, options: SvgFileOptions): string {
  const scale = options.scale ?? 1;
  const markup = renderSvgMarkup(
    <CompositionSvg
      composition={composition}
      pixelWidth={Math.round(composition.outputWidth * scale)}
      pixelHeight={Math.round(composition.outputHeight * scale)}
    />,
  );
  return XML_DECLARATION + embedStyle(markup, options.fontCss);
}

/**
 * XML 1.0 forbids most control characters (and lone surrogates) even as character references, and a
 * browser refuses to load an SVG image that holds one. The serialiser escapes `& < > "`; this removes
 * what no escaping can make legal, so a stray control character in a data file cannot break an export.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}
