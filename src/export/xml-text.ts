/**
 * XML 1.0 forbids most control characters (and lone surrogates) even as character references, and a
 * browser refuses to load an SVG image that holds one. The serialiser escapes `& < > "`; this removes
 * what no escaping can make legal, so a stray control character in a data file cannot break an export.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}
