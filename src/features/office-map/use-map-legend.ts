import { useMemo } from 'react';
import type { OfficeMapModel } from '../../domain/office-map';
import { sizeKeyLayout } from './layout/size-key';
import type { SymbolLayout } from './layout/symbols';
import { anyDisplaced } from './layout/zoomed';
import { mapLegend, mapNotes, sizeKeyCaption } from './map-legend';

/**
 * The page's legend from the same model the export uses: the size key at the map's own scale, the
 * entries and the notes. Missing outlines are not a note here: the map says so where they would be.
 */
export function useMapLegend(model: OfficeMapModel, layout: SymbolLayout, anySelected: boolean) {
  return useMemo(
    () => ({
      sizeKey: sizeKeyLayout(layout.references),
      keyCaption: sizeKeyCaption(model, layout.references.length > 0),
      metric: model.metric,
      entries: mapLegend(model, { selected: anySelected, displaced: anyDisplaced(layout.symbols) }),
      notes: mapNotes(model, { unplaced: layout.unplaced.map((figure) => figure.office.name), outlines: true }),
    }),
    [model, layout, anySelected],
  );
}
