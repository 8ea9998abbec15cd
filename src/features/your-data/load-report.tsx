import { problemPlace } from './problem-text';
import type { LoadReport, StorageState } from './load-requests';

function storageText(storage: StorageState): string {
  switch (storage.kind) {
    case 'keeping':
      return 'Keeping it in this browser…';
    case 'kept':
      return 'Kept in this browser: it is listed under “Your data” in the dataset choice after a reload. Nothing was sent anywhere.';
    case 'session-only':
      return `Not kept: ${storage.message}. It works on this page until you close or reload it; “Download as data package” saves a copy.`;
  }
}

/**
 * After an accepted file: what was read (rows), whether it is kept, and every warning (implausible
 * values) and notice (what was normalised: columns matched, office spellings, ignored columns, blank
 * lines skipped), until the reader dismisses it.
 */
export function LoadReportPanel({ report, onDismiss }: { report: LoadReport; onDismiss: () => void }) {
  // The report goes; focus goes to the YOUR DATA bar just above it (else Load your data), never to <body>.
  const dismiss = (): void => {
    onDismiss();
    (document.querySelector<HTMLElement>('.your-data-bar') ?? document.querySelector<HTMLElement>('.field--action .button'))?.focus();
  };
  const warnings = report.problems.filter((problem) => problem.severity === 'warning');
  const notices = report.problems.filter((problem) => problem.severity === 'notice');
  const list = (items: typeof report.problems) => (
    <ul className="load-report__list">
      {items.map((problem, i) => (
        <li key={i}>
          <span className="load-report__where">{problemPlace(problem)}:</span> {problem.message}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="load-report" aria-label="Loaded file">
      <p className="load-report__title">
        <strong>Loaded {report.title}:</strong> {report.rows.toLocaleString('en-US')} {report.rows === 1 ? 'row' : 'rows'}, shown
        on every panel.
      </p>
      <p role="status" className={report.storage.kind === 'session-only' ? 'load-report__storage--warning' : undefined}>
        {storageText(report.storage)}
      </p>
      {warnings.length > 0 ? (
        <>
          <h2 className="load-report__heading">Check these values ({warnings.length})</h2>
          {list(warnings)}
        </>
      ) : null}
      {notices.length > 0 ? (
        <>
          <h2 className="load-report__heading">Read differently from the file as written ({notices.length})</h2>
          {list(notices)}
        </>
      ) : null}
      {report.omitted > 0 ? <p>{report.omitted.toLocaleString('en-US')} more notices are not listed.</p> : null}
      <button type="button" className="button button--quiet" onClick={dismiss}>
        Dismiss<span className="visually-hidden"> the report on {report.title}</span>
      </button>
    </section>
  );
}
