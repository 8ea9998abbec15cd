/**
 * Names of exported images that say what is inside, built on file-names.ts (same safe characters,
 * same `_` between parts, same length cap as the CSV downloads):
 *
 *   imageFileName({ dataset: 'published', panel: 'trends', metric: 'minor-victims',
 *                   period: { from: 2008, to: 2023 }, offices: [], variant: '2x', ext: 'png' })
 *   → 'occ_published_trends_minor-victims_2008-2023_national_2x.png'
 */
import { exportFileName } from './file-names';

/** More offices than this are counted rather than named, so the name stays readable. */
const MAX_NAMED_OFFICES = 3;

export type ExportPeriod = { from: number; to: number } | { edition: string };

/** What the image shows; the panel passes these, the export adds the variant and extension. */
export interface ImageFileNameParts {
  dataset: string;
  /** e.g. `trends`, `office-map`. */
  panel: string;
  metric: string | null;
  period: ExportPeriod | null;
  /** Office ids shown beside or instead of the nation; none = `national`. */
  offices: readonly string[];
  /** `suppress-10` in release mode, `internal-not-for-release` for an analyst's figures without it (domain/release-notes.ts). */
  release?: string | null;
}

export interface ImageFileNameInput extends ImageFileNameParts {
  /** `1x`, `2x`, `4x`, `3.86x` (capped), `slide`; null for SVG. */
  variant: string | null;
  ext: 'png' | 'svg';
}

export function periodPart(period: ExportPeriod | null): string | null {
  if (period === null) return null;
  if ('edition' in period) return period.edition;
  return period.from === period.to ? String(period.from) : `${period.from}-${period.to}`;
}

export function officesPart(offices: readonly string[]): string {
  if (offices.length === 0) return 'national';
  return offices.length <= MAX_NAMED_OFFICES ? offices.join('+') : `${offices.length}-offices`;
}

/** `2x` for a whole scale, `3.86x` for a capped one. */
export function scaleVariant(scale: number): string {
  return `${Number(scale.toFixed(2))}x`;
}

export function imageFileName(input: ImageFileNameInput): string {
  return exportFileName(
    ['occ', input.release, input.dataset, input.panel, input.metric, periodPart(input.period), officesPart(input.offices), input.variant],
    input.ext,
  );
}
