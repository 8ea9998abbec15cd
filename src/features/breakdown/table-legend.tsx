/**
 * How the tables show each value state: the same examples in the same cell styles as the table, so
 * the key reads like the cells it explains (text and pattern, never colour alone).
 */
/** In the legends' one order (STATE_ORDER in src/domain/value-state.ts). */
const ENTRIES = [
  { state: 'reported', sample: '59', text: 'reported' },
  { state: 'approximate', sample: '200+', text: 'published as "more than 200"' },
  { state: 'approximate', sample: '≈700', text: 'published as "nearly 700"' },
  { state: 'synthetic', sample: '12', text: 'hatched: synthetic sample value' },
  { state: 'zero', sample: '0', text: 'a reported zero' },
  { state: 'not-reported', sample: '—', text: 'not reported (never a zero)' },
] as const;

export function TableLegend({ showSynthetic, showGaps }: { showSynthetic: boolean; showGaps: boolean }) {
  return (
    <ul className="breakdown-legend" aria-label="How values are shown">
      {ENTRIES.filter((entry) => showSynthetic || entry.state !== 'synthetic').map((entry) => (
        <li key={entry.sample} className="breakdown-legend__item">
          <span className="breakdown-legend__sample breakdown-cell" data-state={entry.state} aria-hidden="true">
            {entry.sample}
          </span>
          <span>
            <span className="visually-hidden">{entry.sample}: </span>
            {entry.text}
          </span>
        </li>
      ))}
      {showGaps ? (
        <li className="breakdown-legend__item">
          <span className="breakdown-legend__sample breakdown-table__gap" data-state="no-operation" aria-hidden="true">
            No operation
          </span>
          <span>a year without an edition (a gap, not a zero)</span>
        </li>
      ) : null}
      <li className="breakdown-legend__item">
        <span className="breakdown-legend__sample" aria-hidden="true">
          ≈79+
        </span>
        <span>
          <span className="visually-hidden">≈79+: </span>a sum that leaves out offices without a figure (at least) or includes a
          “nearly” figure (about)
        </span>
      </li>
    </ul>
  );
}
