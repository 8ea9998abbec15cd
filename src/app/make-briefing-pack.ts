/**
 * The briefing pack's assembly, loaded with its button's click: every image and table from the View,
 * whether or not the panel has loaded; a failure leaves one out.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { View } from '../domain/resolve-view';
import { downloadBlob } from '../export/download';
import { buildBriefingImages, leftOutText, plural } from './briefing-images';
import { buildTableExports } from './panel-exports';
import { errorReason } from './use-view-task';

export async function makeBriefingPack(view: View, client: QueryClient): Promise<string> {
  const [images, tables, kit] = await Promise.all([
    buildBriefingImages(view, client),
    buildTableExports(view).then(
      (files) => ({ files, failed: null }),
      (error: unknown) => ({ files: [], failed: `the breakdown tables (${errorReason(error)})` }),
    ),
    import('../export/run-briefing-pack'),
  ]);
  const leftOut = tables.failed === null ? images.leftOut : [...images.leftOut, tables.failed];
  const pack = await kit.renderBriefingPack(images.built, tables.files);
  downloadBlob(pack.blob, pack.fileName);
  const contents = `${plural(pack.images, 'image', 'images')} as PNG and SVG with alt text, ${plural(pack.tables, 'table', 'tables')} as CSV`;
  return `Saved ${pack.fileName}: ${contents}.${leftOutText(leftOut)}`;
}
