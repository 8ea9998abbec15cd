import { useQueryClient } from '@tanstack/react-query';
import { useViewState } from '../state/view-context';
import { ExportMenu } from '../ui/export-menu';
import { buildImageExport, prepareImageExport } from './panel-exports';
import type { ImagePanel } from './panel-exports';

/**
 * The Export menu in a chart panel's header: in place from the first paint, so nothing moves when
 * the panel's code and data arrive, and unavailable (aria-disabled) until there is a view to export.
 */
export function PanelExportMenu({ panel, subject }: { panel: ImagePanel; subject: string }) {
  const { view } = useViewState();
  const client = useQueryClient();
  const ready = view !== undefined && (panel === 'trends' || view.focus !== undefined);
  return (
    <ExportMenu
      subject={subject}
      onOpen={() => prepareImageExport(panel)}
      buildExport={() => {
        if (!view) throw new Error('This panel has nothing to export yet');
        return buildImageExport(panel, view, client);
      }}
      disabled={!ready}
    />
  );
}
