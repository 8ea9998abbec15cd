import { useId } from 'react';
import { DEFAULT_THRESHOLD, loadSuppressor, MAX_THRESHOLD, MIN_THRESHOLD } from '../../domain/suppression';
import { smallCountMark } from '../../domain/suppression-text';

const THRESHOLDS = Array.from({ length: MAX_THRESHOLD - MIN_THRESHOLD + 1 }, (_, i) => MIN_THRESHOLD + i);

const prefetchReleaseCode = (): void => void loadSuppressor();

/**
 * Release mode (`suppress=K`, docs/DESIGN.md §12): a checkbox that turns it on at the default
 * threshold, the threshold itself, and "Published too" (published counts under K are public and shown
 * as released unless the reader asks: `suppress-published=yes`). Native controls, so Tab, Space and the arrow keys work and a
 * screen reader names both ("Release mode", "Release mode threshold").
 */
export function ReleaseModeField({
  threshold,
  hidePublished,
  onChange,
}: {
  threshold: number | null;
  hidePublished: boolean;
  onChange: (change: { suppress: number | null; suppressPublished: boolean }) => void;
}) {
  const id = useId();
  const on = threshold !== null;
  return (
    <div className="field field--release">
      <label className="field__label release-mode__toggle" htmlFor={`${id}-on`}>
        <input
          id={`${id}-on`}
          type="checkbox"
          checked={on}
          // Release mode's algorithm is its own chunk: fetched as the pointer or the focus comes near.
          onPointerEnter={prefetchReleaseCode}
          onFocus={prefetchReleaseCode}
          onChange={(event) => onChange({ suppress: event.target.checked ? DEFAULT_THRESHOLD : null, suppressPublished: false })}
        />
        Release mode
      </label>
      <select
        id={`${id}-threshold`}
        className="field__select"
        aria-label="Release mode threshold: counts below it show as “<K”"
        value={String(threshold ?? DEFAULT_THRESHOLD)}
        disabled={!on}
        onChange={(event) => onChange({ suppress: Number(event.target.value), suppressPublished: hidePublished })}
      >
        {THRESHOLDS.map((k) => (
          <option key={k} value={String(k)}>
            {smallCountMark(k)}
          </option>
        ))}
      </select>
      <label className="release-mode__published" htmlFor={`${id}-published`}>
        <input
          id={`${id}-published`}
          type="checkbox"
          checked={on && hidePublished}
          disabled={!on}
          onChange={(event) => onChange({ suppress: threshold, suppressPublished: event.target.checked })}
        />
        Published too
      </label>
    </div>
  );
}
