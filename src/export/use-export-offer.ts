/**
 * A panel's export offers, registered while the component is mounted and the offer is available
 * (null: nothing to offer yet, e.g. the map before its outlines load). The latest build function is
 * kept in a ref, so a re-render re-registers nothing: the registry always calls the current one. A
 * chart's offer is re-registered only when its file name changes (a filter changed what it shows),
 * so the Export menu in the panel's header shows the new name.
 */
import { useEffect, useRef } from 'react';
import type { BriefingCsv } from './briefing-pack';
import type { ExportInput } from './composition-types';
import { registerExportOffer } from './export-registry';
import type { ImageFileNameParts } from './image-file-name';

export interface OfferPlace {
  panel: string;
  order: number;
  label: string;
}

function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}

/** `name` null: no chart to export now. Keep `name` memoised: a new object re-registers. */
export function useImageExportOffer(place: OfferPlace, name: ImageFileNameParts | null, buildInput: () => ExportInput): void {
  const latest = useLatest(buildInput);
  const { panel, order, label } = place;
  useEffect(() => {
    if (!name) return undefined;
    return registerExportOffer({ kind: 'image', panel, order, label, name, buildInput: () => latest.current() });
  }, [name, panel, order, label, latest]);
}

export function useTableExportOffer(place: OfferPlace, build: () => BriefingCsv): void {
  const latest = useLatest(build);
  const { panel, order, label } = place;
  useEffect(
    () => registerExportOffer({ kind: 'table', panel, order, label, build: () => latest.current() }),
    [panel, order, label, latest],
  );
}
