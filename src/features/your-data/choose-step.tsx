import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';

const ACCEPT = '.csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The dialog's first step: what a results file is, the file input, and the templates. */
export function ChooseStep({ titleId, onChoose, onClose }: { titleId: string; onChoose: (file: File) => void; onClose: () => void }) {
  const inputId = useId();
  const client = useQueryClient();
  const [status, setStatus] = useState('');
  const template = (format: 'csv' | 'xlsx'): void => {
    setStatus('Preparing the template…');
    import('./template-download')
      .then((module) => module.downloadTemplate(client, format))
      .then(
        (fileName) => setStatus(`Saved ${fileName}.`),
        (error: unknown) => setStatus(`The template failed: ${error instanceof Error ? error.message : String(error)}`),
      );
  };
  return (
    <>
      <h2 id={titleId} className="import-dialog__title">
        Load your data
      </h2>
      <p>
        A results file with one row per edition and field office and one column per metric, as CSV (UTF-8), Excel
        (.xlsx) or JSON. It is checked and kept in this browser: nothing is sent anywhere. Every view and export of it
        is marked “YOUR DATA — not published”.
      </p>
      <div className="import-dialog__file">
        <label htmlFor={inputId} className="field__label">
          Choose a file (.csv, .xlsx or .json)
        </label>
        <input
          id={inputId}
          type="file"
          accept={ACCEPT}
          className="import-dialog__input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onChoose(file);
          }}
        />
        <p className="import-dialog__hint">Or drop the file anywhere on the page.</p>
      </div>
      <p className="import-dialog__templates">
        Start from a template (every field office for the latest edition, values blank):{' '}
        <button type="button" className="button button--quiet" onClick={() => template('csv')}>
          Download a template (CSV)
        </button>{' '}
        <button type="button" className="button button--quiet" onClick={() => template('xlsx')}>
          Download a template (Excel)
        </button>
      </p>
      <p role="status" className="import-dialog__status">
        {status}
      </p>
      <div className="import-dialog__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}
