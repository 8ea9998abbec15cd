import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { ColumnPreset } from '../../domain/breakdown-columns';
import { editionsView } from '../../domain/breakdown-editions';
import type { EditionsTable as EditionsTableModel } from '../../domain/breakdown-editions';
import { editionsSortCaveat } from '../../domain/breakdown-notes';
import { DEFAULT_SORT, nextSort } from '../../domain/breakdown-sort';
import type { DatasetIndex } from '../../domain/dataset-index';
import { sourcesByIds } from '../../domain/sources';
import { useTableExportOffer } from '../../export/use-export-offer';
import { editionsExport, editionsTableTitle } from './breakdown-export';
import { TableNotes } from './table-notes';
import { DownloadActions } from './download-actions';
import { EditionsTable } from './editions-table';
import { saveCsv, saveZip } from './save-breakdown';
import { TableLegend } from './table-legend';

const BRIEFING_OFFER = { panel: 'breakdown', order: 1, label: 'the editions table' };

/** Container of the editions table: the sort lives here; screen and download share one view model. */
export const EditionsSection = memo(function EditionsSection({
  index,
  table,
  preset,
}: {
  index: DatasetIndex;
  table: EditionsTableModel;
  preset: ColumnPreset;
}) {
  const headingId = useId();
  const [sort, setSort] = useState(DEFAULT_SORT);
  const view = useMemo(() => editionsView(table, sort), [table, sort]);
  // Stable, so the memoised rows are not rendered again by a sort.
  const sourcesOf = useCallback((ids: readonly string[]) => sourcesByIds(index, ids), [index]);
  const title = editionsTableTitle(view.years);
  const context = () => ({ index, preset, viewUrl: window.location.href });
  // The briefing pack holds this table's CSV exactly as a Download CSV click would save it now.
  useTableExportOffer(BRIEFING_OFFER, () => {
    const file = editionsExport(view, context());
    return { fileName: file.csvFileName, text: file.csv };
  });

  return (
    <section className="breakdown__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="breakdown__heading">
        {title}
      </h3>
      <p className="breakdown__intro">
        Under each value, the change from the previous edition that reported it; “not comparable” where the
        release wording changed in between.
      </p>
      <DownloadActions
        tableName="editions table"
        onCsv={() => saveCsv(editionsExport(view, context()))}
        onZip={() => saveZip(context(), editionsExport(view, context()))}
      />
      <TableNotes
        caveat={view.sortMetric ? editionsSortCaveat(view.sortMetric) : null}
        caveatTestId="editions-sort-caveat"
        sampleDetail={view.hasSynthetic ? 'hatched values are synthetic' : null}
      />
      <EditionsTable
        view={view}
        title={title}
        sourcesOf={sourcesOf}
        onSort={(column) => setSort(nextSort(view.sort, column))}
      />
      <TableLegend showSynthetic={view.hasSynthetic} showGaps />
    </section>
  );
});
