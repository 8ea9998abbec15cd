/**
 * "Download a template": the canonical headers and one row per field office for the latest edition
 * with results, every value blank, so an analyst starts from a file that validates (a blank is "not
 * reported", never 0). The headers are the names the validator reads first (ids in snake case), and
 * both edition and year are written, so the row says which operation it is about in either form.
 */
import type { Dataset } from '../data/types';
import { NATIONAL } from '../data/types';

export interface TemplateTable {
  /** The edition the rows are about, e.g. XIII. */
  editionId: string;
  header: string[];
  /** Edition, year and office filled in; one empty string per metric. */
  rows: string[][];
}

/** The outcome metrics: what an office reports. Scale columns (task forces, agencies…) may be added by hand. */
export function templateTable(published: Dataset): TemplateTable {
  const reported = new Set(published.observations.filter((o) => o.place === NATIONAL && o.value !== null).map((o) => o.editionId));
  const edition = [...published.editions].reverse().find((e) => reported.has(e.id)) ?? published.editions.at(-1);
  if (edition === undefined) throw new Error('the published package has no edition to write a template for');
  const metrics = published.metrics.filter((metric) => metric.kind === 'outcome');
  const offices = [...published.offices].sort((a, b) => a.name.localeCompare(b.name));
  return {
    editionId: edition.id,
    header: ['edition', 'year', 'office', ...metrics.map((metric) => metric.id.replaceAll('-', '_'))],
    rows: offices.map((office) => [edition.id, String(edition.year), office.name, ...metrics.map(() => '')]),
  };
}
