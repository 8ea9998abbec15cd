/**
 * One export, from the click to the file: builds the export from the view on screen, loads
 * the export kit on first use (dynamic import: nothing of it is in the first view's JS), then
 * downloads the file or copies the PNG. Resolves to the sentence the menu announces.
 */
import type { PanelImage } from '../../export/composition-types';
import { downloadBlob } from '../../export/download';
import type { ExportChoice } from '../../export/export-choices';
import type { RenderedExport } from '../../export/run-export';

const loadExportKit = () => import('../../export/run-export');

/**
 * "Copy image": the PNG onto the clipboard where the browser allows it. The ClipboardItem is created
 * at once, in the click, around a promise of the PNG: Safari accepts a clipboard write only inside
 * the user's gesture, and the PNG takes a moment to draw.
 */
function canCopyImages(): boolean {
  // Both are missing outside secure contexts (http:// other than localhost) and in older browsers.
  return 'ClipboardItem' in globalThis && 'clipboard' in navigator && 'write' in navigator.clipboard;
}

async function copyPng(png: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

export function savedMessage(file: RenderedExport): string {
  const size = file.format === 'png' ? ` (${file.width} × ${file.height} px)` : '';
  return `Saved ${file.fileName}${size}.${file.note ? ` ${file.note}` : ''}`;
}

function download(file: RenderedExport): void {
  downloadBlob(file.blob, file.fileName);
}

async function copyOrDownload(rendered: Promise<RenderedExport>): Promise<string> {
  if (!canCopyImages()) {
    const file = await rendered;
    download(file);
    return `This browser cannot copy images, so the image was downloaded instead. ${savedMessage(file)}`;
  }
  try {
    await copyPng(rendered.then((file) => file.blob));
  } catch {
    // A failed render is reported as such (awaiting rethrows it); otherwise the clipboard refused.
    const file = await rendered;
    download(file);
    return `The browser did not allow copying the image, so it was downloaded instead. ${savedMessage(file)}`;
  }
  const file = await rendered;
  return `Copied the image (${file.width} × ${file.height} px) to the clipboard.${file.note ? ` ${file.note}` : ''}`;
}

export async function startExport(choice: ExportChoice, buildExport: () => Promise<PanelImage>): Promise<string> {
  // Not awaited before the copy: the clipboard write must start within the click's user activation.
  const rendered = Promise.all([buildExport(), loadExportKit()]).then(([image, kit]) => kit.renderExport(choice, image.input, image.name));
  if (choice.copy) return copyOrDownload(rendered);
  const file = await rendered;
  download(file);
  return savedMessage(file);
}
