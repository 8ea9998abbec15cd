/**
 * The briefing pack: one ZIP with the one-page summary and every chart panel as a 2× PNG and an SVG, a text file with each image's
 * alt text (its summary sentence), and the CSV files passed in. Load it with a dynamic import: it
 * brings the export kit and fflate.
 */
import { composeExport } from './compose-export';
import type { ExportInput, PanelImage } from './composition-types';
import { loadExportFontCss } from './export-fonts';
import { exportFileName } from './file-names';
import { imageFileName, scaleVariant } from './image-file-name';
import { renderPng, renderSvgFile } from './run-export';
import type { PngOptions } from './run-export';
import { zipFiles, ZIP_MIME_TYPE } from './zip';
import type { ZipEntry } from './zip';

export interface BriefingCsv {
  fileName: string;
  /** CSV text as written by csv.ts (BOM included). */
  text: string;
}

export interface BriefingPanel extends PanelImage {
  csvFiles?: readonly BriefingCsv[];
  /**
   * A fixed name for the image files instead of the descriptive one: the one-page summary is
   * `summary.png` and `summary.svg`, the file a reader opens first (the pack's own name already
   * says the dataset and the as-of date).
   */
  fileStem?: string;
}

export interface BriefingPackOptions extends PngOptions {
  /** Modification time stamped on every entry (the ZIP's dates); now by default. */
  modified?: Date;
  /** CSV files of no image panel (the breakdown tables), after the panels' files. */
  csvFiles?: readonly BriefingCsv[];
}

export const ALT_TEXT_FILE = 'alt-text.txt';
const PNG_SCALE = 2;

export function briefingPackFileName(dataset: string, asOf: string, release: string | null = null): string {
  return exportFileName(['occ', release, dataset, 'briefing-pack', asOf], 'zip');
}

function altTextSection(pngName: string, svgName: string, input: ExportInput): string {
  return [pngName, svgName, `${input.title}. ${input.summary}`].join('\r\n');
}

export async function buildBriefingPack(panels: readonly BriefingPanel[], options: BriefingPackOptions = {}): Promise<Blob> {
  const fontCss = options.fontCss ?? (await loadExportFontCss());
  const entries: ZipEntry[] = [];
  // An analyst's own figures: the pack's text file says so too (each image and CSV already does).
  // So do release mode's notice and the INTERNAL mark, once each (each image's own counts are in its footer).
  const notes = (panel: BriefingPanel): string[] => [
    ...(panel.input.yourData === null ? [] : [panel.input.yourData]),
    ...(panel.input.releaseNotes ?? []),
  ];
  const marks = [...new Set(panels.flatMap(notes))];
  const altText: string[] = [["Alt text of each image in this pack (the chart's one-sentence summary).", ...marks].join('\r\n')];
  // One panel at a time: a 2× PNG is several megapixels of canvas, not worth holding in parallel.
  for (const panel of panels) {
    const composition = composeExport(panel.input);
    const png = await renderPng(composition, PNG_SCALE, { ...options, fontCss });
    const pngName = panel.fileStem ? `${panel.fileStem}.png` : imageFileName({ ...panel.name, variant: scaleVariant(png.scale), ext: 'png' });
    const svgName = panel.fileStem ? `${panel.fileStem}.svg` : imageFileName({ ...panel.name, variant: null, ext: 'svg' });
    const svg = await renderSvgFile(composition, fontCss);
    entries.push({ name: pngName, content: new Uint8Array(await png.blob.arrayBuffer()) });
    entries.push({ name: svgName, content: await svg.text() });
    altText.push(altTextSection(pngName, svgName, panel.input));
    for (const csv of panel.csvFiles ?? []) entries.push({ name: csv.fileName, content: csv.text });
  }
  for (const csv of options.csvFiles ?? []) entries.push({ name: csv.fileName, content: csv.text });
  entries.push({ name: ALT_TEXT_FILE, content: `${altText.join('\r\n\r\n')}\r\n` });
  const bytes = zipFiles(entries, options.modified ? { modified: options.modified } : {});
  return new Blob([bytes], { type: ZIP_MIME_TYPE });
}
