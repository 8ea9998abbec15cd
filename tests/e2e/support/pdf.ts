/** Chromium's PDF output (page.pdf) read back with pdfjs-dist: the page count, the first page's size and its text. */
export async function readPdf(bytes: Buffer): Promise<{ pages: number; width: number; height: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const first = await document.getPage(1);
  const [, , width, height] = first.view;
  const content = await first.getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  return { pages: document.numPages, width: width ?? 0, height: height ?? 0, text };
}
