import type { DisplayedSymbol } from './layout/zoomed';
import { OfficeShape } from './office-marks';

/** Small markers get a larger invisible target, so a 4 px dot can still be pointed at. */
const MIN_HIT_RADIUS = 7;

export function optionId(officeId: string): string {
  return `office-map-option-${officeId}`;
}

/**
 * One office as a listbox option: an invisible hit target, the office's shape as the export draws it
 * (halo, mark in its value state, ring when selected), and a focus ring while the keyboard is on it.
 */
export function OfficeSymbolMark({
  symbol,
  label,
  selected,
  active,
  onToggle,
  onPoint,
}: {
  symbol: DisplayedSymbol;
  label: string;
  selected: boolean;
  active: boolean;
  onToggle: (id: string) => void;
  onPoint: (id: string | null) => void;
}) {
  const { cx, cy, r } = symbol;
  return (
    <g
      role="option"
      id={optionId(symbol.id)}
      aria-selected={selected}
      aria-label={label}
      className={`office-symbol${selected ? ' office-symbol--selected' : ''}${active ? ' office-symbol--active' : ''}`}
      data-office-id={symbol.id}
      data-state={symbol.state}
      onClick={() => onToggle(symbol.id)}
      onPointerEnter={() => onPoint(symbol.id)}
      onPointerLeave={() => onPoint(null)}
    >
      <circle className="office-symbol__hit" cx={cx} cy={cy} r={Math.max(r + 2, MIN_HIT_RADIUS)} />
      <OfficeShape symbol={symbol} selected={selected} />
      {active ? <circle className="office-symbol__focus" cx={cx} cy={cy} r={r + 7} /> : null}
    </g>
  );
}
