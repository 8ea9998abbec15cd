import type { ImportProgress } from '../../workers/run-import';

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Reading (bytes read of the file's size), then checking (share of the rows), with Cancel. */
export function ProgressStep({ titleId, fileName, progress, onCancel }: { titleId: string; fileName: string; progress: ImportProgress | null; onCancel: () => void }) {
  const reading = progress === null || progress.kind === 'reading';
  const label = reading ? 'Reading the file' : 'Checking every row';
  const value = progress === null ? 0 : progress.kind === 'reading' ? progress.read : progress.fraction;
  const max = progress?.kind === 'reading' ? Math.max(progress.total, 1) : 1;
  const text =
    progress === null
      ? 'Starting…'
      : progress.kind === 'reading'
        ? `${megabytes(progress.read)} of ${megabytes(progress.total)} read`
        : `${Math.round(progress.fraction * 100)}% checked`;
  return (
    <>
      <h2 id={titleId} className="import-dialog__title">
        Loading {fileName}
      </h2>
      <p>The file is read and checked in this browser, off the page’s thread; the dashboard stays as it is until the whole file is accepted.</p>
      <label className="field__label" htmlFor="import-progress">
        {label}
      </label>
      <progress id="import-progress" className="import-dialog__progress" value={value} max={max} aria-valuetext={text} />
      <p className="import-dialog__progress-text" aria-live="polite">
        {text}
      </p>
      <div className="import-dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
