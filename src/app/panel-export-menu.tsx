import { useSyncExternalStore } from 'react';
import type { ExportInput } from '../export/composition-types';
import { imageExportOffer, subscribeExportOffers } from '../export/export-registry';
import type { ImageFileNameParts } from '../export/image-file-name';
import { ExportMenu } from '../ui/export-menu';

const NO_NAME: ImageFileNameParts = { dataset: '', panel: '', metric: null, period: null, offices: [] };
const NOTHING_YET = (): ExportInput => {
  throw new Error('This panel has nothing to export yet');
};

/**
 * The Export menu in a chart panel's header, for the chart the panel offers (see export-registry):
 * in place from the first paint, so nothing moves when the panel's code and data arrive, and
 * unavailable (aria-disabled) until the panel has something to export.
 */
export function PanelExportMenu({ panel, subject }: { panel: string; subject: string }) {
  const offer = useSyncExternalStore(subscribeExportOffers, () => imageExportOffer(panel));
  return (
    <ExportMenu
      subject={subject}
      buildInput={offer?.buildInput ?? NOTHING_YET}
      fileName={offer?.name ?? NO_NAME}
      disabled={!offer}
    />
  );
}
