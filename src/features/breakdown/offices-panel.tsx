import { memo, useEffect, useId, useMemo } from 'react';
import { officesSortCaveat } from '../../domain/breakdown-notes';
import { officesView } from '../../domain/breakdown-offices';
import type { OfficesTable as OfficesTableModel } from '../../domain/breakdown-offices';
import { nextSort } from '../../domain/breakdown-sort';
import type { ColumnPreset } from '../../domain/breakdown-columns';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { ViewRequest } from '../../domain/view-request';
import { useViewStore } from '../../state/view-store';
import { markPainted } from '../../ui/first-view';
import { officesExport, officesTableTitle } from './breakdown-export';
import { TableNotes } from './table-notes';
import { DownloadActions } from './download-actions';
import { OfficesTable } from './offices-table';
import { OfficesToolbar } from './offices-toolbar';
import { TableLegend } from './table-legend';

/**
 * Container of the offices table: its sort, search and rows are view options in the URL; the rows on
 * screen and the rows downloaded are the one view model computed below.
 */
export const OfficesPanel = memo(function OfficesPanel({
  index,
  table,
  preset,
  sort,
  search,
  rows,
}: {
  index: DatasetIndex;
  table: OfficesTableModel;
  preset: ColumnPreset;
  sort: ViewRequest['officeSort'];
  search: string;
  rows: ViewRequest['rows'];
}) {
  const headingId = useId();
  const navigate = useViewStore((state) => state.navigate);
  const rowsView = useMemo(() => officesView(table, { sort, search, selectedOnly: rows === 'selected' }), [table, sort, search, rows]);
  const title = officesTableTitle(rowsView.edition);
  const datasetId = index.dataset.manifest.id;
  useEffect(() => markPainted('offices-table', datasetId), [datasetId]);

  return (
    <section className="breakdown__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="breakdown__heading">
        {title}
      </h3>
      <OfficesToolbar
        search={search}
        // Each keystroke replaces the history entry: Back goes to the view before the search, not letter by letter.
        onSearch={(text) => navigate({ search: text }, { replace: true })}
        selectedOnly={rowsView.options.selectedOnly}
        onSelectedOnly={(only) => navigate({ rows: only ? 'selected' : 'all' })}
        selectedCount={rowsView.selectedCount}
        shown={rowsView.rows.length}
        total={rowsView.totalOffices}
      />
      <DownloadActions tableName="field-office table" index={index} preset={preset} file={(context) => officesExport(rowsView, context)} />
      <TableNotes
        caveat={rowsView.sortMetric ? officesSortCaveat(rowsView.sortMetric) : null}
        caveatTestId="offices-sort-caveat"
        sampleDetail={
          rowsView.hasSynthetic ? 'hatched office values, and sums that include them, are synthetic, not published results' : null
        }
      />
      <OfficesTable
        view={rowsView}
        title={title}
        onSort={(column) => navigate({ officeSort: nextSort(rowsView.options.sort, column) })}
      />
      <TableLegend showSynthetic={rowsView.hasSynthetic} showGaps={false} threshold={index.suppression?.threshold ?? null} />
    </section>
  );
});
