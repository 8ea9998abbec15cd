import type { LegendEntry } from './legend';
import { LegendSwatch } from './legend-swatch';

const BOX = { x: 1, y: 1, width: 16, height: 12 };

/**
 * A chart's legend on the page: the entries its export draws, each with the same swatch. The hatch of
 * synthetic values is the page's one pattern (PagePatterns), so no swatch defines it again.
 */
export function LegendList({ entries, label }: { entries: readonly LegendEntry[]; label: string }) {
  return (
    <ul className="state-legend" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.label} className="state-legend__item">
          <svg width="18" height="14" aria-hidden="true" focusable="false">
            <LegendSwatch entry={entry} box={BOX} />
          </svg>
          <span>{entry.label}</span>
        </li>
      ))}
    </ul>
  );
}
