import { useCallback, useMemo } from 'react';
import { columnPresetOptions, DEFAULT_COLUMN_PRESET, isColumnPreset } from '../../domain/breakdown-columns';
import { editionsTable } from '../../domain/breakdown-editions';
import { officesTable } from '../../domain/breakdown-offices';
import { useViewStore } from '../../state/view-store';
import { useWhenIdle } from '../../ui/when-idle';
import { usePanelViewState } from '../../ui/panel-visibility';
import { PanelStatus } from '../../ui/panel-status';
import { SelectField } from '../../ui/select-field';
import { BreakdownSkeleton, EditionsSkeleton } from './breakdown-skeleton';
import { EditionsPanel } from './editions-panel';
import { OfficesPanel } from './offices-panel';

/**
 * Container: every number behind the charts, in two tables (field offices for the focus edition,
 * editions for the nation), with the columns the reader chooses. The models are memoised on what
 * they depend on, so a change that does not touch them re-renders nothing below.
 */
export function BreakdownPanel() {
  // Off screen, the panel holds its view until the view settles or the reader scrolls (panel-visibility.tsx).
  const { view, status, error, retry } = usePanelViewState();
  const navigate = useViewStore((state) => state.navigate);
  // The editions table (about 850 elements) is drawn once the page is idle: the offices table belongs
  // to the complete dashboard (docs/DESIGN.md §8) with the trends and the map, the editions table is
  // further down, and drawing it with them held the complete dashboard back at 4× CPU.
  const editionsShown = useWhenIdle();
  const [index, edition, metric, columns, offices] = [view?.index, view?.focus, view?.metric, view?.columns, view?.offices];
  const [from, to] = [view?.request.from ?? null, view?.request.to ?? null];

  const officeTable = useMemo(
    () => (index && edition && columns && offices ? officesTable(index, edition, columns, offices.map((o) => o.id)) : undefined),
    [index, edition, columns, offices],
  );
  // Its model is built when it is drawn, not with the tables of the complete dashboard.
  const editionTable = useMemo(
    () => (editionsShown && index && columns ? editionsTable(index, columns, from, to) : undefined),
    [editionsShown, index, columns, from, to],
  );
  const presetOptions = useMemo(() => (index && metric ? columnPresetOptions(index, metric.id) : []), [index, metric]);
  const choosePreset = useCallback(
    (value: string) => navigate({ columns: isColumnPreset(value) ? value : DEFAULT_COLUMN_PRESET }),
    [navigate],
  );

  if (!view) {
    if (status === 'error') {
      return <PanelStatus kind="error" title="The breakdown tables could not be loaded" error={error} onRetry={retry} />;
    }
    return <BreakdownSkeleton />;
  }
  return (
    <div className="breakdown" data-view-edition={view.focus?.id}>
      <p className="breakdown__intro">
        Every figure behind the charts, with its state and sources. Sort by any column, then download exactly
        the rows shown.
      </p>
      <SelectField
        className="breakdown__columns"
        label="Columns"
        value={view.request.columns}
        options={presetOptions}
        onChange={choosePreset}
      />
      {officeTable ? (
        <OfficesPanel
          index={view.index}
          table={officeTable}
          preset={view.request.columns}
          sort={view.request.officeSort}
          search={view.request.search}
          rows={view.request.rows}
        />
      ) : (
        <PanelStatus kind="empty" title="This dataset has no edition with results, so there is no field-office table." />
      )}
      {editionTable ? (
        <EditionsPanel index={view.index} table={editionTable} preset={view.request.columns} sort={view.request.editionSort} />
      ) : (
        <EditionsSkeleton />
      )}
    </div>
  );
}
