import { useId } from 'react';

/** Search over office names and the "selected offices only" switch; the count says what is shown. */
export function OfficesToolbar({
  search,
  onSearch,
  selectedOnly,
  onSelectedOnly,
  selectedCount,
  shown,
  total,
}: {
  search: string;
  onSearch: (search: string) => void;
  selectedOnly: boolean;
  onSelectedOnly: (selectedOnly: boolean) => void;
  selectedCount: number;
  shown: number;
  total: number;
}) {
  const searchId = useId();
  const onlyId = useId();
  return (
    <div className="breakdown-toolbar">
      <div className="field breakdown-toolbar__search">
        <label className="field__label" htmlFor={searchId}>
          Find an office
        </label>
        <input
          id={searchId}
          type="search"
          className="field__input"
          value={search}
          placeholder="e.g. Denver"
          autoComplete="off"
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      <div className="breakdown-toolbar__check">
        <input
          id={onlyId}
          type="checkbox"
          checked={selectedOnly}
          disabled={selectedCount === 0}
          onChange={(event) => onSelectedOnly(event.target.checked)}
        />
        <label htmlFor={onlyId}>
          Show only selected offices ({selectedCount})
          {selectedCount === 0 ? <span className="breakdown-toolbar__hint"> · pick offices in the filters</span> : null}
        </label>
      </div>
      <p className="breakdown-toolbar__count" role="status">
        Showing {shown} of {total} offices
      </p>
    </div>
  );
}
