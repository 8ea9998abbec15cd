import { DataPackageError, formatIssue } from '../data/validation-error';

const MAX_LISTED_ISSUES = 20;

/**
 * What a panel shows instead of its content: an error that says what failed (with every validation
 * issue, file, line and column) and offers Retry, or a plain empty state.
 */
export function PanelStatus({
  kind,
  title,
  error,
  onRetry,
}: {
  kind: 'error' | 'empty';
  title: string;
  error?: Error | null;
  onRetry?: () => void;
}) {
  const issues = error instanceof DataPackageError ? error.issues : [];
  return (
    <div className={`panel-status panel-status--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <p className="panel-status__title">{title}</p>
      {error ? (
        <p className="panel-status__message">
          {/* The issues are listed below, so the summary does not repeat the first one. */}
          {error instanceof DataPackageError ? error.summary : error.message}
        </p>
      ) : null}
      {issues.length > 0 ? (
        // Every panel that reads the dataset shows this error; a disclosure keeps the page readable
        // while each panel still lists every problem with its file, line and column.
        <details className="panel-status__details">
          <summary>
            Show the {issues.length === 1 ? 'problem' : `${issues.length} problems`} (file, line, column)
          </summary>
          <ul className="panel-status__issues">
            {issues.slice(0, MAX_LISTED_ISSUES).map((issue, i) => (
              <li key={i}>{formatIssue(issue)}</li>
            ))}
            {issues.length > MAX_LISTED_ISSUES ? (
              <li>…and {issues.length - MAX_LISTED_ISSUES} more problems.</li>
            ) : null}
          </ul>
        </details>
      ) : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
