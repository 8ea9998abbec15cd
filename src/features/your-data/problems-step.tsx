import { downloadText } from '../../export/download';
import { CSV_MIME_TYPE } from '../../export/csv';
import type { ImportResult } from '../../import/import-types';
import { countsText, problemPlace, problemsCsv, problemsFileName, SEVERITY_LABEL } from './problem-text';

/**
 * A rejected file: the count, then every problem listed with where it is, the column, the value as
 * text and how to fix it, and "Download this list". Values from the file are React text, never markup.
 */
export function ProblemsStep({
  titleId,
  result,
  onRemap,
  onAnother,
  onClose,
}: {
  titleId: string;
  result: ImportResult;
  onRemap: (() => void) | null;
  onAnother: () => void;
  onClose: () => void;
}) {
  const shown = result.problems.length;
  return (
    <>
      <h2 id={titleId} className="import-dialog__title">
        {result.file} was not loaded
      </h2>
      <p className="import-dialog__summary">
        {countsText(result.counts)}. Nothing from this file is shown: the dataset on screen, the filters and the link
        stay as they were. Fix the file and load it again.
      </p>
      <div className="import-dialog__scroll" tabIndex={0} role="region" aria-label="Problems found">
        <table className="import-table">
          <caption className="visually-hidden">Problems found in {result.file}</caption>
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">Problem and how to fix it</th>
            </tr>
          </thead>
          <tbody>
            {result.problems.map((problem, i) => (
              <tr key={i} data-severity={problem.severity}>
                <td>{problemPlace(problem)}</td>
                <td>{problem.column ?? ''}</td>
                <td className="import-table__value">{problem.value ?? ''}</td>
                <td>
                  <strong>{SEVERITY_LABEL[problem.severity]}:</strong> {problem.message}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.omitted > 0 ? (
        <p>
          {shown} problems are listed; {result.omitted.toLocaleString('en-US')} more are not. Fix these and load the file
          again.
        </p>
      ) : null}
      <div className="import-dialog__actions">
        <button type="button" className="button" onClick={() => downloadText(problemsCsv(result), problemsFileName(result.file), CSV_MIME_TYPE)}>
          Download this list
        </button>
        {onRemap ? (
          <button type="button" className="button button--quiet" onClick={onRemap}>
            Change the columns
          </button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={onAnother}>
          Choose another file
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}
