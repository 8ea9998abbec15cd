import { useId } from 'react';
import type { ScaleMode } from '../../domain/view-request';

const OPTIONS: { value: ScaleMode; label: string }[] = [
  { value: 'shared', label: 'Shared: compare offices' },
  { value: 'independent', label: 'Each its own: see each office’s shape' },
];

/** Native radio buttons: keyboard and screen-reader complete without custom code. */
export function ScaleModeToggle({ value, onChange }: { value: ScaleMode; onChange: (mode: ScaleMode) => void }) {
  const name = useId();
  return (
    <fieldset className="scale-mode">
      <legend className="scale-mode__legend">Office y-scales</legend>
      {OPTIONS.map((option) => (
        <label key={option.value} className="scale-mode__option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
