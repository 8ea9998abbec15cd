/**
 * What a view or an export says about release mode (docs/DESIGN.md §12): the notice while it is on,
 * with the counts of what that view or export shows; and, for an analyst's own figures exported with
 * it off, the INTERNAL — NOT FOR RELEASE mark in the image, the notes and the file name. One module,
 * so the page, the images, the CSVs, the READMEs and the file names never disagree.
 */
import type { Manifest } from '../data/types';
import type { SuppressionModel } from './suppression';
import { suppressionNotice } from './suppression-text';
import type { ValueState } from './value-state';
import { isYourData } from './your-data';

/** A value a view shows, as the notice counts it: pass the values of count metrics only (scale figures are never withheld). */
export interface CountShown {
  state: ValueState;
  value?: number | null;
}

export const INTERNAL_MARK = 'INTERNAL — NOT FOR RELEASE';

/**
 * "Release mode: Counts 1–9 shown as <10; 7 further cells hidden so hidden counts cannot be worked
 * out." With `shown`, the counts are of those values (what one view or export shows); without, of the
 * whole dataset. Null when release mode is off.
 */
export function releaseNotice(model: SuppressionModel | undefined, shown?: readonly CountShown[]): string | null {
  if (!model) return null;
  const counts = shown
    ? {
        primary: shown.filter((value) => value.state === 'suppressed').length,
        complementary: shown.filter((value) => value.state === 'hidden').length,
        exposed: model.counts.exposed,
        // A number from 1 to K−1 still shown is a published figure (release mode withholds every other).
        publishedSmall: shown.filter((value) => value.value != null && value.value > 0 && value.value < model.threshold).length,
      }
    : model.counts;
  return `Release mode: ${suppressionNotice(model.threshold, counts)}`;
}

/** An analyst's own figures exported with release mode off: small counts are shown as they are. */
export function isInternalExport(manifest: Pick<Manifest, 'kind'>, model: SuppressionModel | undefined): boolean {
  return isYourData(manifest) && !model;
}

export function internalNote(manifest: Pick<Manifest, 'kind'>, model: SuppressionModel | undefined): string | null {
  if (!isInternalExport(manifest, model)) return null;
  return `${INTERNAL_MARK}: an analyst's own figures with release mode off, so counts under 10 are shown as they are; turn on release mode before anything leaves the building.`;
}

/** The file-name part: `suppress-10` in release mode, `internal-not-for-release` for an internal export, else none. */
export function releaseFileTag(manifest: Pick<Manifest, 'kind'>, model: SuppressionModel | undefined): string | null {
  if (model) return `suppress-${model.threshold}`;
  return isInternalExport(manifest, model) ? 'internal-not-for-release' : null;
}

/** Every note a view's export carries about release mode, in order: the INTERNAL mark or the notice. */
export function releaseNotes(
  manifest: Pick<Manifest, 'kind'>,
  model: SuppressionModel | undefined,
  shown?: readonly CountShown[],
): string[] {
  return [internalNote(manifest, model), releaseNotice(model, shown)].filter((note): note is string => note !== null);
}
