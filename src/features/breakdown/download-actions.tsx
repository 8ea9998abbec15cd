import { useState } from 'react';

/**
 * The two downloads of a table. Each button's name says which table it saves (two tables share the
 * panel); the status line says what was saved, or what went wrong, to sighted and screen-reader users.
 */
export function DownloadActions({
  tableName,
  onCsv,
  onZip,
}: {
  tableName: string;
  onCsv: () => string;
  onZip: () => Promise<string>;
}) {
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
