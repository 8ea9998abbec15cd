/**
 * The words of a numbered wording-change note, shared by the panel's list under the chart and the
 * export, which prints the same notes under its chart (a marker without its note would explain nothing).
 */
import { editionName } from '../../domain/format';
import type { BreakNote } from '../../domain/trends-view';

export function wordingNoteText({ change, places, national }: BreakNote): string {
  const prefix = national ? '' : `${places.join(', ')}: `;
  return (
    `${prefix}Release wording changed between ${editionName(change.before)} and ${editionName(change.after)}: ` +
    `from “${change.beforeWording}” to “${change.afterWording}”. Values either side are not comparable.`
  );
}
