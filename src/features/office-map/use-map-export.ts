/**
 * The map's export offer: the whole map at a fixed size, whatever the zoom on screen. Offered once
 * the outlines are there (an export before would lack them for no reason); if they failed to load,
 * the offices are offered on their own and the image says so.
 *
 * The export's code is a chunk of its own, fetched once the map is on screen: the map never waits
 * for it, and the offer appears when it has arrived.
 */
import { useMemo } from 'react';
import type { StatesTopology } from '../../api/atlas-query';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { OfficeMapModel } from '../../domain/office-map';
import { useImageExportOffer } from '../../export/use-export-offer';
import { basemapPaths } from './layout/basemap';
import { useLazyModule } from '../../export/use-lazy-module';

const loadExportInput = () => import('./map-export-input');

export const MAP_EXPORT_PLACE = { panel: 'office-map', order: 0, label: 'the field-office map' };

export function useMapExport(
  model: OfficeMapModel | undefined,
  index: DatasetIndex | undefined,
  atlas: { data: StatesTopology | undefined; failed: boolean },
  selectedIds: readonly string[],
): void {
  const kit = useLazyModule(loadExportInput);
  const basemap = useMemo(() => (atlas.data ? basemapPaths(atlas.data) : null), [atlas.data]);
  const ready = basemap !== null || atlas.failed;
  const name = useMemo(
    () => (kit && model && index && ready ? kit.mapExportFileName(model, index.dataset.manifest.id) : null),
    [kit, model, index, ready],
  );
  useImageExportOffer(MAP_EXPORT_PLACE, name, () => {
    if (!kit || !model || !index) throw new Error('The map has not loaded');
    return kit.mapExportInput(model, { index, basemap, selectedIds, viewUrl: window.location.href });
  });
}
