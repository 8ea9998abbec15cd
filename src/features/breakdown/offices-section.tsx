import { memo, useId, useMemo, useState } from 'react';
import type { ColumnPreset } from '../../domain/breakdown-columns';
import { officesSortCaveat } from '../../domain/breakdown-notes';
import { officesView } from '../../domain/breakdown-offices';
import type { OfficesTable as OfficesTableModel } from '../../domain/breakdown-offices';
import { DEFAULT_SORT, nextSort } from '../../domain/breakdown-sort';
import type { DatasetIndex } from '../../domain/dataset-index';
import { useTableExportOffer } from '../../export/use-export-offer';
import { officesExport, officesTableTitle } from './breakdown-export';
import { TableNotes } from './table-notes';
import { DownloadActions } from './download-actions';
import { OfficesTable } from './offices-table';
import { OfficesToolbar } from './offices-toolbar';
import { saveCsv, saveZip } from './save-breakdown';
import { TableLegend } from './table-legend';

const BRIEFING_OFFER = { panel: 'breakdown', order: 0, label: 'the field-office table' };

/**
 * Container of the offices table: sort, search and selection live here; the rows on screen and the
 * rows downloaded are the one view model computed below.
 */
export const OfficesSection = memo(function OfficesSection({
  index,
  table,
  preset,
}: {
  index: DatasetIndex;
  table: OfficesTableModel;
  preset: ColumnPreset;
}) {
  const headingId = useId();
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [search, setSearch] = useState('');
  const [selectedOnly, setSelectedOnly] = useState(false);
  const view = useMemo(() => officesView(table, { sort, search, selectedOnly }), [table, sort, search, selectedOnly]);
  const title = officesTableTitle(view.edition);
  // The page URL at the time of the click is the link that reproduces the downloaded view.
  const context = () => ({ index, preset, viewUrl: window.location.href });
  // The briefing pack holds this table's CSV exactly as a Download CSV click would save it now.
  useTableExportOffer(BRIEFING_OFFER, () => {
    const file = officesExport(view, context());
    return { fileName: file.csvFileName, text: file.csv };
  });

  return (
    <section className="breakdown__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="breakdown__heading">
        {title}
      </h3>
      <OfficesToolbar
        search={search}
        onSearch={setSearch}
        selectedOnly={view.options.selectedOnly}
        onSelectedOnly={setSelectedOnly}
        selectedCount={view.selectedCount}
        shown={view.rows.length}
        total={view.totalOffices}
      />
      <DownloadActions
        tableName="field-office table"
        onCsv={() => saveCsv(officesExport(view, context()))}
        onZip={() => saveZip(context(), officesExport(view, context()))}
      />
      <TableNotes
        caveat={view.sortMetric ? officesSortCaveat(view.sortMetric) : null}
        caveatTestId="offices-sort-caveat"
        sampleDetail={
          view.hasSynthetic ? 'hatched office values, and sums that include them, are synthetic, not published results' : null
        }
      />
      <OfficesTable view={view} title={title} onSort={(column) => setSort(nextSort(view.options.sort, column))} />
      <TableLegend showSynthetic={view.hasSynthetic} showGaps={false} />
    </section>
  );
});
