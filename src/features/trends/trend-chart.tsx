import { useId, useMemo } from 'react';
import { ChartTooltip } from '../../charts/chart-tooltip';
import { useElementSize } from '../../charts/use-element-size';
import { PRINT_SIZES, usePrinting } from '../../ui/print-mode';
import type { AxisYear } from '../../domain/time-axis';
import type { ScaleRow } from '../../domain/trends';
import { breakKey, describeScale, seriesCoverage } from '../../domain/trends';
import type { SummarisedSeries } from '../../domain/trends-view';
import { SampleDataMark } from '../../ui/sample-data-mark';
import { TrendMarks } from './trend-marks';
import { describePoint, TrendTooltipContent } from './trend-tooltip';
import { trendLayout } from './trends-layout';
import { useChartNavigation } from './use-chart-navigation';

export interface TrendChartProps {
  item: SummarisedSeries;
  years: readonly AxisYear[];
  scaleRows: readonly ScaleRow[];
  sharedMax: number | null;
  /** Panel-wide note numbers of the wording changes, by breakKey. */
  breakNumbers: ReadonlyMap<string, number>;
  focusEditionId: string | null;
  height: number;
  colour: string;
  onChoose: (editionId: string) => void;
}

/**
 * Container of one chart: its size (ResizeObserver), the memoised layout, and the hover and keyboard
 * state. The chart is one tab stop; its summary sentence is visible and is its accessible description.
 */
export function TrendChart(props: TrendChartProps) {
  const { item, years, scaleRows, sharedMax, breakNumbers, focusEditionId, colour, onChoose } = props;
  const { series, summary } = item;
  const { ref, size: measured } = useElementSize<HTMLDivElement>({ width: 720, height: props.height });
  // On paper the chart is drawn for its printed column, not shrunk from the screen's width.
  const printing = usePrinting();
  const size = printing ? PRINT_SIZES.trend : measured;
  const height = printing ? Math.min(props.height, PRINT_SIZES.trend.height) : props.height;
  const ids = useId();
  const breaks = useMemo(
    () => series.breaks.map((change) => ({ change, number: breakNumbers.get(breakKey(change)) ?? 0 })),
    [series, breakNumbers],
  );
  // No layout until the canvas is measured (the first commit's layout effect, before any paint).
  const width = size?.width;
  const layout = useMemo(
    () =>
      width === undefined
        ? undefined
        : trendLayout({ years, points: series.points, breaks, width, height, sharedMax, focusEditionId, scaleRows, colour }),
    [years, series, breaks, width, height, sharedMax, focusEditionId, scaleRows, colour],
  );
  const editionIds = useMemo(() => series.points.map((p) => p.edition.id), [series]);
  const nav = useChartNavigation(editionIds, focusEditionId, onChoose);
  const shownPoint = series.points.find((p) => p.edition.id === nav.shownEditionId);
  const shownBar = layout?.bars.find((bar) => bar.editionId === nav.shownEditionId);
  const label = `${series.placeName}: ${series.metric.shortLabel.toLowerCase()} by edition, bar chart`;

  return (
    <figure className="trend-chart" data-place={series.place}>
      <figcaption className="trend-chart__caption">
        <h3 className="trend-chart__title">{series.placeName}</h3>
        <span className="trend-chart__coverage">{seriesCoverage(series)}</span>
        {series.hasSynthetic ? <SampleDataMark /> : null}
      </figcaption>
      <p id={`${ids}-summary`} className="trend-chart__summary">
        {summary}
      </p>
      <div
        ref={ref}
        className="chart trend-chart__canvas"
        style={{ height }}
        tabIndex={0}
        role="group"
        aria-label={label}
        aria-describedby={`${ids}-summary ${ids}-keys`}
        {...nav.handlers}
      >
        <div className="trend-chart__plot" style={{ height }}>
          {layout ? (
            <TrendMarks
              layout={layout}
              focusEditionId={focusEditionId}
              shownEditionId={nav.shownEditionId}
              onHover={nav.hover}
              onChoose={nav.choose}
            />
          ) : null}
        </div>
        {layout && shownPoint && shownBar ? (
          <ChartTooltip id={`${ids}-tooltip`} x={shownBar.slot.cx} y={shownBar.anchorY} containerWidth={layout.width}>
            <TrendTooltipContent point={shownPoint} scale={describeScale(scaleRows, shownPoint.edition.id)} />
          </ChartTooltip>
        ) : null}
      </div>
      <p id={`${ids}-keys`} className="visually-hidden">
        Left and right arrow keys move between editions, Enter makes the edition the focus edition, Escape
        closes the details.
      </p>
      <p className="visually-hidden" aria-live="polite">
        {nav.byKeyboard && shownPoint ? describePoint(shownPoint, series.placeName) : ''}
      </p>
    </figure>
  );
}
