import { useMemo } from 'react';
import { sparklineLayout } from '../../charts/sparkline-layout';
import { SparklineMarks } from '../../charts/sparkline-marks';
import type { AxisYear } from '../../domain/time-axis';
import type { TrendSeries } from '../../domain/trends';

/** The drawing's own units; the SVG scales to the card's width (bars, not text, so nothing distorts). */
export const CARD_SPARK_SIZE = { width: 140, height: 36 } as const;

/**
 * A card's trend: the national figure in every edition, the focus edition ticked. Its accessible name
 * is the trends chart's sentence over every year (`description`), so a screen reader hears what the
 * eye takes in; the first and last years label the ends.
 */
export function CardSparkline({
  series,
  years,
  focusEditionId,
  description,
}: {
  series: TrendSeries;
  years: readonly AxisYear[];
  focusEditionId: string;
  description: string;
}) {
  const layout = useMemo(
    () =>
      sparklineLayout({
        years,
        points: series.points.map((point) => ({ editionId: point.edition.id, value: point.value, state: point.state })),
        breakBeforeIds: series.breaks.map((change) => change.after.id),
        focusEditionId,
        ...CARD_SPARK_SIZE,
      }),
    [series, years, focusEditionId],
  );
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  return (
    <div className="card-sparkline">
      <svg
        className="sparkline"
        role="img"
        aria-label={description}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        preserveAspectRatio="none"
        focusable="false"
      >
        <SparklineMarks layout={layout} />
      </svg>
      {first !== undefined && last !== undefined ? (
        <p className="card-sparkline__years" aria-hidden="true">
          <span>{first}</span>
          <span>{last}</span>
        </p>
      ) : null}
    </div>
  );
}
