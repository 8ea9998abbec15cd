import { memo, useCallback, useId, useMemo } from 'react';
import { editionsView } from '../../domain/breakdown-editions';
import type { EditionsTable as EditionsTableModel } from '../../domain/breakdown-editions';
import { editionsSortCaveat } from '../../domain/breakdown-notes';
import { nextSort } from '../../domain/breakdown-sort';
import type { ColumnPreset } from '../../domain/breakdown-columns';
import type { TableSort } from '../../domain/breakdown-sort';
import type { DatasetIndex } from '../../domain/dataset-index';
import { sourcesByIds } from '../../domain/sources';
import { useViewStore } from '../../state/view-store';
import { editionsExport, editionsTableTitle } from './breakdown-export';
import { TableNotes } from './table-notes';
import { DownloadActions } from './download-actions';
import { EditionsTable } from './editions-table';
import { TableLegend } from './table-legend';

/** Container of the editions table: its sort is a view option in the URL; screen and download share one view model. */
export const EditionsPanel = memo(function EditionsPanel({
  index,
  table,
  preset,
  sort,
}: {
  index: DatasetIndex;
  table: EditionsTableModel;
  preset: ColumnPreset;
  sort: TableSort;
}) {
  const headingId = useId();
  const navigate = useViewStore((state) => state.navigate);
  const rowsView = useMemo(() => editionsView(table, sort), [table, sort]);
  // Stable, so the memoised rows are not rendered again by a sort.
  const sourcesOf = useCallback((ids: readonly string[]) => sourcesByIds(index, ids), [index]);
  const title = editionsTableTitle(rowsView.years);

  return (
    <section className="breakdown__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="breakdown__heading">
        {title}
      </h3>
      <p className="breakdown__intro">
        Under each value, the change from the previous edition that reported it; “not comparable” where the
        release wording changed in between.
      </p>
      <DownloadActions tableName="editions table" index={index} preset={preset} file={(context) => editionsExport(rowsView, context)} />
      <TableNotes
        caveat={rowsView.sortMetric ? editionsSortCaveat(rowsView.sortMetric) : null}
        caveatTestId="editions-sort-caveat"
        sampleDetail={rowsView.hasSynthetic ? 'hatched values are synthetic' : null}
      />
      <EditionsTable
        view={rowsView}
        title={title}
        sourcesOf={sourcesOf}
        onSort={(column) => navigate({ editionSort: nextSort(rowsView.sort, column) })}
      />
      <TableLegend showSynthetic={rowsView.hasSynthetic} showGaps threshold={index.suppression?.threshold ?? null} />
    </section>
  );
});
