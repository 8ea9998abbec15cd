import { useState } from 'react';
import type { ColumnPreset } from '../../domain/breakdown-columns';
import type { DatasetIndex } from '../../domain/dataset-index';
import { CSV_MIME_TYPE } from '../../export/csv';
import { downloadBytes, downloadText } from '../../export/download';
import { zipEntries } from './breakdown-export';
import type { BreakdownExport, ExportContext } from './breakdown-export';

/**
 * The two downloads of a table, of the rows on screen (`file` builds them at the click). Each button's
 * name says which table it saves (two tables share the panel); the status line says what was saved, or
 * what went wrong, to sighted and screen-reader users.
 */
export function DownloadActions({
  tableName,
  index,
  preset,
  file,
}: {
  tableName: string;
  index: DatasetIndex;
  preset: ColumnPreset;
  file: (context: ExportContext) => BreakdownExport;
}) {
  // The page URL at the time of the click is the link that reproduces the downloaded view.
  const context = (): ExportContext => ({ index, preset, viewUrl: window.location.href });
  const onCsv = (): string => writeCsv(file(context()));
  const onZip = (): Promise<string> => writeZip(context(), file(context()));
  const [status, setStatus] = useState('');
  const failed = (error: unknown): void => {
    setStatus(`The download failed: ${error instanceof Error ? error.message : String(error)}`);
  };
  // The CSV is saved inside the click handler itself; the ZIP waits for its lazily loaded zip module.
  const saveCsv = (): void => {
    try {
      setStatus(`Saved ${onCsv()}`);
    } catch (error) {
      failed(error);
    }
  };
  const saveZip = (): void => {
    onZip().then((fileName) => setStatus(`Saved ${fileName}`), failed);
  };
  return (
    <div className="breakdown-downloads">
      {/* The names start with the visible words (WCAG 2.5.3) and say which table, as two tables share the panel. */}
      <button type="button" className="button" aria-label={`Download CSV of the ${tableName}`} onClick={saveCsv}>
        Download CSV
      </button>
      <button type="button" className="button button--quiet" aria-label={`Download ZIP of the ${tableName} with metadata`} onClick={saveZip}>
        Download ZIP
      </button>
      <p className="breakdown-downloads__status" role="status">
        {status}
      </p>
    </div>
  );
}

/**
 * Saving a breakdown table: the CSV at once, the ZIP after loading the zip module (and fflate with it)
 * on first use, so neither weighs on the first view.
 */
function writeCsv(file: BreakdownExport): string {
  downloadText(file.csv, file.csvFileName, CSV_MIME_TYPE);
  return file.csvFileName;
}

async function writeZip(context: ExportContext, file: BreakdownExport): Promise<string> {
  const { zipFiles, ZIP_MIME_TYPE } = await import('../../export/zip');
  downloadBytes(zipFiles(zipEntries(context, file)), file.zipFileName, ZIP_MIME_TYPE);
  return file.zipFileName;
}
