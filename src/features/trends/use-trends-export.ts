/**
 * The trends panel's export offer: while the panel shows a view, its Export menu (in the panel's
 * header) and the briefing pack can build the export input from the current view, scale choice and
 * page URL, only when asked.
 *
 * The export's code (its layout and the kit's text metrics) is a chunk of its own, fetched once the
 * chart is on screen: the chart never waits for it, and the offer appears when it has arrived.
 */
import { useMemo } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { TrendsView } from '../../domain/trends-view';
import { useImageExportOffer } from '../../export/use-export-offer';
import type { ScaleMode } from './scale-mode-toggle';
import { useLazyModule } from '../../export/use-lazy-module';

const loadExportInput = () => import('./trends-export-input');

export const TRENDS_EXPORT_PLACE = { panel: 'trends', order: 0, label: 'the trends chart' };

export function useTrendsExport(view: TrendsView | undefined, index: DatasetIndex | undefined, scaleMode: ScaleMode): void {
  const kit = useLazyModule(loadExportInput);
  const name = useMemo(
    () => (kit && view && index ? kit.trendsExportFileName(view, index.dataset.manifest.id) : null),
    [kit, view, index],
  );
  useImageExportOffer(TRENDS_EXPORT_PLACE, name, () => {
    if (!kit || !view || !index) throw new Error('The trends have not loaded');
    return kit.trendsExportInput(view, { index, scaleMode, viewUrl: window.location.href });
  });
}
