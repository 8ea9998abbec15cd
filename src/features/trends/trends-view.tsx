import { SERIES_COLOURS } from '../../charts/theme';
import { StateLegend } from '../../charts/state-legend';
import { editionName } from '../../domain/format';
import type { TrendsView as TrendsViewModel } from '../../domain/trends-view';
import type { ValueState } from '../../domain/value-state';
import { ScaleModeToggle } from './scale-mode-toggle';
import type { ScaleMode } from './scale-mode-toggle';
import { TrendChart } from './trend-chart';
import { nationalChartHeight, OFFICE_CHART_HEIGHT } from './trend-sizes';
import { TrendsTable } from './trends-table';
import { WordingChanges } from './wording-changes';

const NATION_COLOUR = SERIES_COLOURS[0];
const OFFICE_COLOUR = SERIES_COLOURS[1];
const LEGEND_ORDER: ValueState[] = ['reported', 'approximate', 'zero', 'not-reported', 'synthetic'];
const NO_SCALE_ROWS: [] = [];

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
  const all = [view.national, ...view.offices];
  const present = new Set(all.flatMap((item) => item.series.points.map((p) => p.state)));
  const states = LEGEND_ORDER.filter((state) => present.has(state));
  const officeMax = scaleMode === 'shared' ? view.officeMax : null;
  return (
    <div className="trends">
      <StateLegend states={states} colour={NATION_COLOUR} />
      <p className="trends__focus-note">
        {view.focus ? (
          <>
            Tinted column: the focus edition, <strong>{editionName(view.focus)}</strong>. Click an edition, or
            press Enter on it, to make it the focus edition.
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
      {view.offices.length > 0 ? (
        <section className="trends__offices" aria-label="Selected field offices">
          <div className="trends__offices-header">
            <p className="trends__offices-note">
              Selected field offices. Most releases gave national figures only, so many office values are
              not reported (—).
            </p>
            <ScaleModeToggle value={scaleMode} onChange={onScaleMode} />
          </div>
          <div className="trends__grid">
            {view.offices.map((item) => (
              <TrendChart
                key={item.series.place}
                item={item}
                years={view.years}
                scaleRows={NO_SCALE_ROWS}
                sharedMax={officeMax}
                breakNumbers={view.breakNumbers}
                focusEditionId={focusId}
                height={OFFICE_CHART_HEIGHT}
                colour={OFFICE_COLOUR}
                onChoose={onChoose}
              />
            ))}
          </div>
          <WordingChanges
            notes={view.breakNotes.filter((n) => !n.national)}
            label="Changes in the release wording crossed only by office series"
          />
        </section>
      ) : null}
      <TrendsTable view={view} />
    </div>
  );
}
