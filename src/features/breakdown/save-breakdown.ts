/**
 * Saving a breakdown table: the CSV at once, the ZIP after loading the zip module (and fflate with it)
 * on first use, so neither weighs on the first view.
 */
import { CSV_MIME_TYPE } from '../../export/csv';
import { downloadBytes, downloadText } from '../../export/download';
import { zipEntries } from './breakdown-export';
import type { BreakdownExport, ExportContext } from './breakdown-export';

export function saveCsv(file: BreakdownExport): string {
  downloadText(file.csv, file.csvFileName, CSV_MIME_TYPE);
  return file.csvFileName;
}

export async function saveZip(context: ExportContext, file: BreakdownExport): Promise<string> {
  const { zipFiles, ZIP_MIME_TYPE } = await import('../../export/zip');
  downloadBytes(zipFiles(zipEntries(context, file)), file.zipFileName, ZIP_MIME_TYPE);
  return file.zipFileName;
}
