import { useMemo, useState } from 'react';
import { useDataset } from '../../api/use-dataset';
import { columnMetrics, columnPresetOptions, DEFAULT_COLUMN_PRESET, isColumnPreset } from '../../domain/breakdown-columns';
import type { ColumnPreset } from '../../domain/breakdown-columns';
import { editionsTable } from '../../domain/breakdown-editions';
import { officesTable } from '../../domain/breakdown-offices';
import { focusEdition } from '../../domain/editions';
import { useFilters } from '../../state/filters-store';
import { useDeferredWhenHidden } from '../../ui/panel-visibility';
import { PanelStatus } from '../../ui/panel-status';
import { SelectField } from '../../ui/select-field';
import { BreakdownSkeleton } from './breakdown-skeleton';
import { EditionsSection } from './editions-section';
import { OfficesSection } from './offices-section';

/**
 * Container: every number behind the charts, in two tables (field offices for the focus edition,
 * editions for the nation), with the columns the reader chooses. The models are memoised on what
 * they depend on, so a filter that does not change them re-renders nothing below.
 */
export function BreakdownTables() {
  // Off screen, filter changes arrive deferred: the panel the reader looks at paints first.
  const {
    dataset: datasetId,
    metric: metricId,
    edition: editionId,
    from,
    to,
    offices: officeIds,
  } = useDeferredWhenHidden(useFilters());
  const { index, status, error, refetch } = useDataset(datasetId);
  const [preset, setPreset] = useState<ColumnPreset>(DEFAULT_COLUMN_PRESET);

  // Compared as a string, so choosing another metric that is already a column keeps the same tables.
  const columnIds = index ? columnMetrics(index, preset, metricId).map((metric) => metric.id).join('\n') : '';
  const metrics = useMemo(
    () => columnIds.split('\n').flatMap((id) => index?.metricById.get(id) ?? []),
    [index, columnIds],
  );
  const edition = useMemo(() => (index ? focusEdition(index, editionId) : undefined), [index, editionId]);
  const offices = useMemo(
    () => (index && edition ? officesTable(index, edition, metrics, officeIds) : undefined),
    [index, edition, metrics, officeIds],
  );
  const editions = useMemo(() => (index ? editionsTable(index, metrics, from, to) : undefined), [index, metrics, from, to]);
  const presetOptions = useMemo(() => (index ? columnPresetOptions(index, metricId) : []), [index, metricId]);

  if (status === 'error' && !index) {
    return <PanelStatus kind="error" title="The breakdown tables could not be loaded" error={error} onRetry={refetch} />;
  }
  if (!index) {
    return <BreakdownSkeleton />;
  }
  if (!editions) return null;
  return (
    <div className="breakdown">
      <p className="breakdown__intro">
        Every figure behind the charts, with its state and sources. Sort by any column, then download exactly
        the rows shown.
      </p>
      <SelectField
        className="breakdown__columns"
        label="Columns"
        value={preset}
        options={presetOptions}
        onChange={(value) => setPreset(isColumnPreset(value) ? value : DEFAULT_COLUMN_PRESET)}
      />
      {offices ? (
        <OfficesSection index={index} table={offices} preset={preset} />
      ) : (
        <PanelStatus kind="empty" title="This dataset has no edition with results, so there is no field-office table." />
      )}
      <EditionsSection index={index} table={editions} preset={preset} />
    </div>
  );
}
