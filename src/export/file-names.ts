/**
 * File names that say what is inside (dataset, table, metric or edition, years, offices), safe on
 * every common file system: only letters, digits, `-`, `+` and `.` inside a part, parts joined by `_`.
 *
 *   exportFileName(['occ', 'published', 'offices-by-metric', 'XIII'], 'csv')
 *   → 'occ_published_offices-by-metric_XIII.csv'
 */

const MAX_LENGTH = 120;

/** One part of a name: "San Juan / PR" → "San-Juan-PR"; case is kept (edition numerals read XIII). */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9+.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** Joins the non-empty parts; a name too long for some systems is cut at a part boundary where it can. */
export function exportFileName(
  parts: readonly (string | null | undefined | false)[],
  extension: string,
  maxLength = MAX_LENGTH,
): string {
  const cleaned = parts.flatMap((part) => (part ? [fileNamePart(part)] : [])).filter((part) => part !== '');
  const suffix = `.${fileNamePart(extension)}`;
  let stem = cleaned.join('_') || 'export';
  while (stem.length + suffix.length > maxLength && stem.includes('_')) {
    stem = stem.slice(0, stem.lastIndexOf('_'));
  }
  return stem.slice(0, maxLength - suffix.length) + suffix;
}
