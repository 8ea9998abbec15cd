import type { QueryClient } from '@tanstack/react-query';
import type { View } from '../domain/resolve-view';
import { downloadBlob } from '../export/download';
import { buildBriefingImages, leftOutText, plural } from './briefing-images';
import { buildTableExports } from './panel-exports';
import { TaskStatus } from './task-status';
import { errorReason, useViewTask } from './use-view-task';

/** Every image and table from the View, whether or not the panel has loaded; a failure leaves one out. */
async function makePack(view: View, client: QueryClient): Promise<string> {
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

// The deck's title slide and its assembly arrive with the click (the PowerPoint library after them).
const makeDeck = (view: View, client: QueryClient): Promise<string> =>
  import('./make-briefing-deck').then((module) => module.makeBriefingDeck(view, client));

/**
 * The two briefing downloads. The pack: the one-page summary and every chart panel as a 2× PNG and
 * an SVG, each one's alt text, and the breakdown tables' CSV as displayed, in one ZIP. The deck: a
 * PowerPoint file of the same images as 16:9 slides after a title slide. Progress is announced in a
 * status line and a failure in an alert, each download its own; while busy a button stays
 * focusable but does nothing.
 */
export function BriefingPackControl() {
  const pack = useViewTask('briefing pack', makePack);
  const deck = useViewTask('briefing deck', makeDeck);
  return (
    <div className="briefing-pack">
      <div className="briefing-pack__row">
        <p className="briefing-pack__text">
          <strong>Briefing pack:</strong> a one-page summary, the trends and the map as PNG and SVG with their alt
          text, and the tables as CSV, in one ZIP; or the same images as a slide deck.
        </p>
        <button type="button" className="button" aria-disabled={pack.busy || undefined} onClick={pack.start}>
          Download briefing pack
        </button>
        <button type="button" className="button" aria-disabled={deck.busy || undefined} onClick={deck.start}>
          Download briefing deck (.pptx)
        </button>
      </div>
      <TaskStatus task={pack} block="briefing-pack" />
      <TaskStatus task={deck} block="briefing-deck" />
    </div>
  );
}
