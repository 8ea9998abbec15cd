/**
 * SVG text → PNG, in the browser: a Blob, an object URL (blob: images are allowed by the CSP, and
 * a same-origin blob keeps the canvas untainted), an Image, a canvas, a PNG Blob. The SVG carries
 * its fonts as data: URLs; the image is drawn only after it has decoded, and after the page's own
 * fonts are ready, so no text is drawn in a fallback font.
 */
import { PAPER } from '../charts/theme';

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error(`The browser could not encode a ${canvas.width} × ${canvas.height} px PNG`));
    }, 'image/png');
  });
}

async function decodeSvg(url: string, width: number, height: number): Promise<HTMLImageElement> {
  const image = new Image(width, height);
  image.decoding = 'async';
  image.src = url;
  try {
    await image.decode();
  } catch {
    throw new Error('The browser could not draw the exported SVG');
  }
  return image;
}

/** Draws the SVG at exactly pixelWidth × pixelHeight (its root should already have that size). */
export async function rasteriseSvg(svgText: string, pixelWidth: number, pixelHeight: number): Promise<Blob> {
  await document.fonts.ready;
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = await decodeSvg(url, pixelWidth, pixelHeight);
    const canvas = document.createElement('canvas');
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser has no 2D canvas to draw the PNG on');
    context.fillStyle = PAPER;
    context.fillRect(0, 0, pixelWidth, pixelHeight);
    context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}
