/**
 * Release mode's notice for the page as a whole (page-cells.ts says which cells it shows). Apart from
 * release-notes.ts so that only the page's notice (loaded when release mode is on) and the deck's
 * title slide carry the page's cell list.
 */
import { pageCells } from './page-cells';
import { releaseNotice } from './release-notes';
import type { CountShown } from './release-notes';
import type { View } from './resolve-view';
import { suppressionStatus } from './suppression';

/**
 * The page's notice: counted over the cells the page shows (page-cells.ts). A value from 1 to K−1
 * still shown there is a published one, counted as released (scale figures count no person: left out).
 */
export function pageReleaseNotice(view: View): string | null {
  const model = view.suppression;
  if (!model) return null;
  const shown = pageCells(view).flatMap((ref): CountShown[] => {
    if (view.index.metricById.get(ref.metricId)?.kind !== 'outcome') return [];
    const status = suppressionStatus(model, ref);
    if (status !== 'shown') return [{ state: status === 'primary' ? 'suppressed' : 'hidden' }];
    return [{ state: 'reported', value: view.index.observation(ref.editionId, ref.place, ref.metricId)?.value ?? null }];
  });
  return releaseNotice(model, shown);
}
