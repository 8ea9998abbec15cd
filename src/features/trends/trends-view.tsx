import { memo, useDeferredValue, useState } from 'react';
import { LegendList } from '../../charts/legend-list';
import { editionName } from '../../domain/format';
import type { TrendsView as TrendsViewModel } from '../../domain/trends-view';
import { ScaleModeToggle } from './scale-mode-toggle';
import type { ScaleMode } from '../../domain/view-request';
import { TrendChart as TrendChartBase } from './trend-chart';
import { NATION_COLOUR, OFFICE_COLOUR } from '../../charts/theme';
import { trendsLegend } from './trends-legend';
import { nationalChartHeight, OFFICE_CHART_HEIGHT } from './trend-sizes';
import { WordingChanges } from './wording-changes';
import type { TrendsView } from '../../domain/trends-view';
import { TrendsTableBody } from './trends-table-body';

const NO_SCALE_ROWS: [] = [];

/** Memoised, so a deferred render with unchanged props (see below) costs nothing. */
const TrendChart = memo(TrendChartBase);

export interface TrendsViewProps {
  view: TrendsViewModel;
  scaleMode: ScaleMode;
  onScaleMode: (mode: ScaleMode) => void;
  onChoose: (editionId: string) => void;
}

/**
 * Stateless: the national chart with the context of scale, then the chosen offices as small
 * multiples. The nation always keeps its own y-scale: its counts are tens of times an office's, so
 * on one scale every office would flatten to the baseline. Offices share one scale by default, so
 * their bars compare; "each its own" shows the shape of a sparse office series.
 */
export function TrendsView({ view, scaleMode, onScaleMode, onChoose }: TrendsViewProps) {
  const focusId = view.focus?.id ?? null;
  // Up to ten office charts follow the national one. They render from a deferred copy of the view:
  // after a filter change the page paints the national chart at once and the offices a moment later
  // (greyed while they catch up), so input stays within the 50 ms budget with ten offices selected.
  const officesView = useDeferredValue(view);
  const updating = officesView !== view;
  const officeMax = scaleMode === 'shared' ? officesView.officeMax : null;
  const officeFocusId = officesView.focus?.id ?? null;
  return (
    <div className="trends" data-view-edition={view.focus?.id}>
      <LegendList entries={trendsLegend(view)} label="How values are drawn" />
      <p className="trends__focus-note">
        {view.focus ? (
          <>
            The focus edition is <strong>{editionName(view.focus)}</strong>. Click an edition, or press Enter on it,
            to make it the focus edition.
          </>
        ) : (
          'No edition has results to focus on.'
        )}
      </p>
      <TrendChart
        item={view.national}
        years={view.years}
        scaleRows={view.scale}
        sharedMax={null}
        breakNumbers={view.breakNumbers}
        focusEditionId={focusId}
        height={nationalChartHeight(view.scale.length)}
        colour={NATION_COLOUR}
        onChoose={onChoose}
      />
      <WordingChanges notes={view.breakNotes.filter((n) => n.national)} label="Changes in the release wording" />
      {officesView.offices.length > 0 ? (
        <section
          className={`trends__offices${updating ? ' trends__offices--updating' : ''}`}
          aria-label="Selected field offices"
          aria-busy={updating}
        >
          <div className="trends__offices-header">
            <p className="trends__offices-note">
              Selected field offices. Most releases gave national figures only, so many office values are
              not reported (—).
            </p>
            <ScaleModeToggle value={scaleMode} onChange={onScaleMode} />
          </div>
          <div className="trends__grid">
            {officesView.offices.map((item) => (
              <TrendChart
                key={item.series.place}
                item={item}
                years={officesView.years}
                scaleRows={NO_SCALE_ROWS}
                sharedMax={officeMax}
                breakNumbers={officesView.breakNumbers}
                focusEditionId={officeFocusId}
                height={OFFICE_CHART_HEIGHT}
                colour={OFFICE_COLOUR}
                onChoose={onChoose}
              />
            ))}
          </div>
          <WordingChanges
            notes={officesView.breakNotes.filter((n) => !n.national)}
            label="Changes in the release wording crossed only by office series"
          />
        </section>
      ) : null}
      <TrendsTable view={view} />
    </div>
  );
}

/**
 * The charts' readable twin, inside a disclosure so sighted readers can open it too (the exact
 * numbers at 360 px). Its rows are built only while it is open: a closed disclosure hides them from
 * everyone anyway, and with ten offices they would be a quarter of the panel's elements on every
 * filter change (budget 50 ms).
 */
export function TrendsTable({ view }: { view: TrendsView }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="trends-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Table of the figures</summary>
      {open ? <TrendsTableBody view={view} /> : null}
    </details>
  );
}
