import { useId } from 'react';
import { DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD } from '../../domain/suppression';
import { smallCountMark } from '../../domain/suppression-text';

const THRESHOLDS = Array.from({ length: MAX_THRESHOLD - MIN_THRESHOLD + 1 }, (_, i) => MIN_THRESHOLD + i);

/**
 * Release mode (`suppress=K`, docs/DESIGN.md §12): a checkbox that turns it on at the default
 * threshold, and the threshold itself. Native controls, so Tab, Space and the arrow keys work and a
 * screen reader names both ("Release mode", "Release mode threshold").
 */
export function ReleaseModeField({ threshold, onChange }: { threshold: number | null; onChange: (threshold: number | null) => void }) {
  const id = useId();
  const on = threshold !== null;
  return (
    <div className="field field--release">
      <label className="field__label release-mode__toggle" htmlFor={`${id}-on`}>
        <input id={`${id}-on`} type="checkbox" checked={on} onChange={(event) => onChange(event.target.checked ? DEFAULT_THRESHOLD : null)} />
        Release mode
      </label>
      <select
        id={`${id}-threshold`}
        className="field__select"
        aria-label="Release mode threshold: counts below it show as “<K”"
        value={String(threshold ?? DEFAULT_THRESHOLD)}
        disabled={!on}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {THRESHOLDS.map((k) => (
          <option key={k} value={String(k)}>
            {smallCountMark(k)}
          </option>
        ))}
      </select>
    </div>
  );
}
