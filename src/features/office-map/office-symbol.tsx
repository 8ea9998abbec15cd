import { markEncoding, SERIES_COLOURS } from '../../charts/theme';
import type { DisplayedSymbol } from './layout/zoomed';

/** Every office shares one colour: the map compares sizes, and states differ by outline and fill. */
export const SYMBOL_COLOUR = SERIES_COLOURS[0];
/** Small markers get a larger invisible target, so a 4 px dot can still be pointed at. */
const MIN_HIT_RADIUS = 7;

export function optionId(officeId: string): string {
  return `office-map-option-${officeId}`;
}

/**
 * One office as a listbox option: halo (keeps overlapping symbols apart), the mark in its value
 * state's encoding, a ring when selected, and a focus ring shown while the keyboard is on it.
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
  const enc = markEncoding(symbol.state, SYMBOL_COLOUR);
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
      <circle className="office-symbol__halo" cx={cx} cy={cy} r={r + 1} />
      <circle
        className="office-symbol__mark"
        cx={cx}
        cy={cy}
        r={r}
        {...enc}
      />
      {selected ? <circle className="office-symbol__selected" cx={cx} cy={cy} r={r + 3.5} /> : null}
      {active ? <circle className="office-symbol__focus" cx={cx} cy={cy} r={r + 7} /> : null}
    </g>
  );
}
