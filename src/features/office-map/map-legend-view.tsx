import { LegendList } from '../../charts/legend-list';
import type { LegendEntry } from '../../charts/legend';
import type { Metric } from '../../data/types';
import { formatCount } from '../../domain/format';
import type { SizeKeyLayout } from './layout/size-key';
import { SizeKeyMarks } from './office-marks';

/**
 * The map's legend on the page, with the export's own parts: the size key (its layout and marks), the
 * legend entries (mapLegend) and the notes (mapNotes). The synthetic hatch is the page's one pattern.
 */
export function MapLegendView({
  sizeKey,
  keyCaption,
  metric,
  entries,
  notes,
}: {
  sizeKey: SizeKeyLayout;
  keyCaption: string;
  metric: Metric;
  entries: readonly LegendEntry[];
  notes: readonly string[];
}) {
  const references = sizeKey.rows.map((row) => formatCount(row.value)).join(', ');
  return (
    <div className="office-map__legend">
      {sizeKey.rows.length > 0 ? (
        <figure className="office-map__size-key">
          <svg width={sizeKey.right + 4} height={sizeKey.height} role="img" aria-label={`${keyCaption}: reference circles for ${references}`}>
            <SizeKeyMarks layout={sizeKey} />
          </svg>
          <figcaption>{metric.shortLabel}, by circle area</figcaption>
        </figure>
      ) : (
        <p className="office-map__no-size">{keyCaption}</p>
      )}
      <LegendList entries={entries} label="How offices are drawn" />
      {notes.length > 0 ? (
        <ul className="office-map__notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
