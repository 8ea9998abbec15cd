/**
 * How the tables show each value state: the same examples in the same cell styles as the table, so
 * the key reads like the cells it explains (text and pattern, never colour alone).
 */
import { HIDDEN_MARK, smallCountMark } from '../../domain/suppression-text';

/** In the legends' one order (STATE_ORDER in src/domain/value-state.ts). */
const ENTRIES = [
  { state: 'reported', sample: '59', text: 'reported' },
  { state: 'approximate', sample: '200+', text: 'published as "more than 200"' },
  { state: 'approximate', sample: '≈700', text: 'published as "nearly 700"' },
  { state: 'synthetic', sample: '12', text: 'hatched: synthetic sample value' },
  { state: 'zero', sample: '0', text: 'a reported zero' },
  { state: 'not-reported', sample: '—', text: 'not reported (never a zero)' },
] as const;

/** Release mode's two marks, worded for its threshold K. */
function releaseEntries(threshold: number) {
  return [
    { state: 'suppressed', sample: smallCountMark(threshold), text: `a count from 1 to ${threshold - 1}, withheld (release mode)` },
    { state: 'hidden', sample: HIDDEN_MARK, text: 'hidden so that no withheld count can be worked out' },
  ] as const;
}

export function TableLegend({ showSynthetic, showGaps, threshold = null }: { showSynthetic: boolean; showGaps: boolean; threshold?: number | null }) {
  const entries = [...ENTRIES.filter((entry) => showSynthetic || entry.state !== 'synthetic'), ...(threshold === null ? [] : releaseEntries(threshold))];
  return (
    <ul className="breakdown-legend" aria-label="How values are shown">
      {entries.map((entry) => (
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
