import { editionName, formatDate, formatEditionDates } from '../../domain/format';
import type { TrendPoint } from '../../domain/trends';
import { isSampleValue } from '../../domain/shown-value';
import { VALUE_STATE_LABEL } from '../../domain/value-state';

/** What a screen reader hears when the keyboard reaches an edition (the tooltip, in one line). */
export function describePoint(point: TrendPoint, placeName: string): string {
  const sample = isSampleValue(point) ? ' (sample data)' : '';
  return `${editionName(point.edition)}, ${placeName}: ${point.spoken}${sample}. ${point.comparisonText}.`;
}

function sourcesLine(point: TrendPoint): string {
  if (point.sources.length > 0) {
    return `Sources: ${point.sources.map((s) => `${s.id} ${s.outlet}, ${formatDate(s.date)}`).join('; ')}`;
  }
  if (isSampleValue(point)) return 'Generated sample value: no source';
  if (point.withheld) return 'Withheld in release mode';
  return point.value === null ? 'No figure was published' : 'No source listed';
}

/** The details of one edition: dates, value with its qualifier, the release's wording, sources. */
export function TrendTooltipContent({ point, scale }: { point: TrendPoint; scale: string }) {
  const stateNote = point.state === 'reported' ? null : VALUE_STATE_LABEL[point.state];
  return (
    <div className="trend-tooltip" data-edition={point.edition.id}>
      <p className="trend-tooltip__title">{editionName(point.edition)}</p>
      <p className="trend-tooltip__dates">{formatEditionDates(point.edition)}</p>
      <p className="trend-tooltip__value">
        <strong>{point.display}</strong>
        {point.state === 'approximate' ? ` (${point.spoken})` : null}
        {stateNote ? <span className="trend-tooltip__state"> · {stateNote}</span> : null}
      </p>
      {point.wording ? <p>Release: “{point.wording}”</p> : null}
      <p className="trend-tooltip__change">{point.comparisonText}</p>
      {scale ? <p>Scale: {scale}</p> : null}
      <p className="trend-tooltip__sources">{sourcesLine(point)}</p>
    </div>
  );
}
