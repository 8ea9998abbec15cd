import { useState } from 'react';
import type { Metric } from '../../data/types';
import type { ImportResult } from '../../import/import-types';

const KEY_ROLES = [
  { value: 'edition', label: 'Edition (such as XIII)' },
  { value: 'year', label: 'Year (such as 2023)' },
  { value: 'office', label: 'Field office' },
];
/** A select's value for "ignore this column" (the mapping's null). */
const IGNORE = '';

/**
 * Which column is which: each column of the file with its first values and a native select (keyboard
 * and screen-reader complete) to read it as the edition, the year, the office, a metric, or to ignore
 * it. The choice is remembered for the next file with the same headers.
 */
export function MappingStep({
  titleId,
  fileName,
  result,
  initial,
  metrics,
  onApply,
  onCancel,
}: {
  titleId: string;
  fileName: string;
  result: ImportResult;
  initial: Record<string, string | null>;
  metrics: readonly Metric[];
  onApply: (mapping: Record<string, string | null>) => void;
  onCancel: () => void;
}) {
  const [mapping, setMapping] = useState(initial);
  const columns = result.columns.filter((column) => column.header !== '');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onApply(mapping);
      }}
    >
      <h2 id={titleId} className="import-dialog__title">
        Which column is which?
      </h2>
      <p>
        Some columns of {fileName} could not be matched to the edition, the field office or a metric. Choose what each
        column holds, or “Ignore this column”; the file is then checked again. Your choice is remembered for the next file
        with the same columns.
      </p>
      <div className="import-dialog__scroll" tabIndex={0} role="region" aria-label="Columns of the file">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">First values</th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => {
              const values = result.preview.map((row) => row[column.index] ?? '').filter((value) => value !== '');
              const unmatched = column.matchedBy === 'none';
              return (
                <tr key={column.index} className={unmatched ? 'import-table__row--unmatched' : undefined}>
                  <th scope="row">
                    {column.header}
                    {unmatched ? <span className="import-table__flag"> (not recognised)</span> : null}
                  </th>
                  <td>{values.length > 0 ? values.join(', ') : '(blank)'}</td>
                  <td>
                    <select
                      className="field__select"
                      aria-label={`Read the column “${column.header}” as`}
                      value={mapping[column.header] ?? IGNORE}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setMapping((current) => ({ ...current, [column.header]: value === IGNORE ? null : value }));
                      }}
                    >
                      <option value={IGNORE}>Ignore this column</option>
                      {KEY_ROLES.map((role) => (
                        <option key={role.value} value={role.value}>
                          {role.label}
                        </option>
                      ))}
                      <optgroup label="Metrics">
                        {metrics.map((metric) => (
                          <option key={metric.id} value={metric.id}>
                            {metric.label}
                          </option>
                        ))}
                      </optgroup>
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="import-dialog__actions">
        <button type="submit" className="button">
          Check the file with these columns
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
