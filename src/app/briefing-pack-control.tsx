import type { QueryClient } from '@tanstack/react-query';
import type { View } from '../domain/resolve-view';
import { TaskStatus } from './task-status';
import { useViewTask } from './use-view-task';

// The pack's assembly (the images, the tables, the ZIP) arrives with the click, like the deck's.
const makePack = (view: View, client: QueryClient): Promise<string> =>
  import('./make-briefing-pack').then((module) => module.makeBriefingPack(view, client));

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
