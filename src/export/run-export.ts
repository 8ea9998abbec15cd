/**
 * The export itself, loaded on demand (dynamic import) so none of it weighs on the first view:
 * compose → SVG text with the fonts embedded → PNG at the chosen scale (pixel-capped) or the SVG file.
 */
import type { ExportComposition } from './compose-export';
import { composeExport } from './compose-export';
import type { ExportInput } from './composition-types';
import type { ExportChoice } from './export-choices';
import { loadExportFontCss } from './export-fonts';
import { imageFileName, scaleVariant } from './image-file-name';
import type { ImageFileNameParts } from './image-file-name';
import { MAX_EXPORT_PIXELS, rasterSize } from './raster-scale';
import { rasteriseSvg } from './rasterise';
import { compositionSvgText } from './serialize-svg';

export const SVG_MIME_TYPE = 'image/svg+xml';

export interface RenderedExport {
  blob: Blob;
  fileName: string;
  format: 'png' | 'svg';
  /** Pixel size of a PNG; the output size of an SVG. */
  width: number;
  height: number;
  /** The PNG scale was lowered to stay within MAX_EXPORT_PIXELS. */
  capped: boolean;
  scale: number;
  /** What the reader should know about the file (a lowered scale), or null. */
  note: string | null;
}

export interface PngOptions {
  /** Injected by tests; the browser's rasteriser by default. */
  rasterise?: (svg: string, width: number, height: number) => Promise<Blob>;
  fontCss?: string;
}

export function cappedNote(requested: number, used: number): string {
  const limit = (MAX_EXPORT_PIXELS / 1e6).toFixed(1);
  return `Scaled to ${used}× instead of ${requested}×, to stay within the limit of ${limit} million pixels.`;
}

export async function renderPng(
  composition: ExportComposition,
  requestedScale: number,
  options: PngOptions = {},
): Promise<Omit<RenderedExport, 'fileName'>> {
  const size = rasterSize(composition.outputWidth, composition.outputHeight, requestedScale);
  const fontCss = options.fontCss ?? (await loadExportFontCss());
  const svg = compositionSvgText(composition, { fontCss, scale: size.scale });
  const blob = await (options.rasterise ?? rasteriseSvg)(svg, size.pixelWidth, size.pixelHeight);
  const note = size.capped ? cappedNote(requestedScale, size.scale) : null;
  return { blob, format: 'png', width: size.pixelWidth, height: size.pixelHeight, capped: size.capped, scale: size.scale, note };
}

export async function renderSvgFile(composition: ExportComposition, fontCss?: string): Promise<Blob> {
  const svg = compositionSvgText(composition, { fontCss: fontCss ?? (await loadExportFontCss()) });
  return new Blob([svg], { type: SVG_MIME_TYPE });
}

/** Renders one menu choice to a file (the caller downloads or copies it). */
export async function renderExport(choice: ExportChoice, input: ExportInput, parts: ImageFileNameParts): Promise<RenderedExport> {
  const composition = composeExport(input, choice.layout);
  if (choice.format === 'svg') {
    return {
      blob: await renderSvgFile(composition),
      fileName: imageFileName({ ...parts, variant: null, ext: 'svg' }),
      format: 'svg',
      width: composition.outputWidth,
      height: composition.outputHeight,
      capped: false,
      scale: 1,
      note: null,
    };
  }
  const png = await renderPng(composition, choice.scale);
  const variant = choice.layout === 'slide' ? 'slide' : scaleVariant(png.scale);
  return { ...png, fileName: imageFileName({ ...parts, variant, ext: 'png' }) };
}
