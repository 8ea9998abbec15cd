/**
 * The data-package format shared by the published, sample and (later) imported datasets.
 *
 * A package is a folder (or URL prefix) holding `datapackage.json` (the manifest, Frictionless Data
 * Package layout) and one tidy CSV table per resource below. The unit of observation is the
 * edition, not the year: (edition, place, metric) → value, where place is `national` or an office id.
 *
 * CSV tables (UTF-8, RFC 4180, first line is the header, a leading BOM is ignored; list cells are
 * `;`-separated; a blank cell is "not given", never 0). Every file is decoded as strict UTF-8
 * (decode-text.ts) and every cell passes the cell-text check of its column's kind (cell-text.ts):
 * no control, zero-width or bidi characters, line breaks only in notes/descriptions/summaries, text
 * stored in NFC, and at most 64 characters for ids and values, 1,000 for id lists, 200 for names and
 * labels, 2,000 for notes and URLs. Counts are at most 9,999,999; edition and gap years run from 2008
 * to the current year.
 *
 *   editions.csv      id,number,year,start_date,end_date,announced_date,source_ids,note
 *   gaps.csv          year,kind,source_ids,note                 kind: no-operation | no-results-published
 *   offices.csv       id,name,city,state,lat,lon,territory_states
 *   metrics.csv       id,label,short_label,kind,description     kind: outcome | scale
 *   wording.csv       edition,metric,wording,comparability_group,source_ids
 *   observations.csv  edition,place,metric,value,qualifier,origin,source_ids,note
 *                     value: non-negative integer or blank (= not reported)
 *                     qualifier: blank | at-least | approximately
 *                     origin: published | synthetic | imported
 *   sources.csv       id,outlet,date,url,summary
 */

export const RESOURCE_NAMES = [
  'editions',
  'gaps',
  'offices',
  'metrics',
  'wording',
  'observations',
  'sources',
] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

export type DatasetKind = 'published' | 'sample' | 'imported';

export interface ManifestResource {
  name: ResourceName;
  /** Relative to the manifest, e.g. `observations.csv`. */
  path: string;
  format: 'csv';
  mediatype: 'text/csv';
}

export interface Manifest {
  /** Also the dataset id used in the URL (`published`, `sample`). */
  id: string;
  title: string;
  kind: DatasetKind;
  /** Semantic version of the package contents, e.g. `1.0.0`. */
  version: string;
  /** ISO date (YYYY-MM-DD) the figures were compiled. */
  asOf: string;
  description: string;
  resources: ManifestResource[];
}

/** One entry of `data/catalogue.json`: which packages exist and where their manifest lives. */
export interface CatalogueEntry {
  id: string;
  title: string;
  kind: DatasetKind;
  /** Relative to the data base URL, e.g. `published/datapackage.json`. */
  path: string;
}
export interface Catalogue {
  datasets: CatalogueEntry[];
}

export interface Edition {
  /** Roman numeral as the FBI numbers editions: `I` … `XIII`. */
  id: string;
  /** 1-based order of the edition. */
  number: number;
  year: number;
  /** ISO dates; null where the source published none (never inferred). */
  startDate: string | null;
  endDate: string | null;
  announcedDate: string | null;
  sourceIds: string[];
  note: string;
}

export type GapKind = 'no-operation' | 'no-results-published';
export interface YearGap {
  year: number;
  kind: GapKind;
  sourceIds: string[];
  note: string;
}

export interface Office {
  /** kebab-case id from the field-office list, e.g. `san-juan`. */
  id: string;
  name: string;
  city: string;
  state: string;
  lat: number;
  lon: number;
  territoryStates: string[];
}

export type MetricKind = 'outcome' | 'scale';
export interface Metric {
  /** kebab-case id used in the URL, e.g. `minor-victims`. */
  id: string;
  label: string;
  shortLabel: string;
  kind: MetricKind;
  description: string;
}

/** The ledger: how one edition's release worded one metric, and which editions compare with it. */
export interface Wording {
  editionId: string;
  metricId: string;
  wording: string;
  comparabilityGroup: string;
  sourceIds: string[];
}

export type Qualifier = 'at-least' | 'approximately';
/**
 * Where a value comes from: a release (published), the sample generator (synthetic), or an analyst's
 * own file (imported, src/import/). Only `synthetic` changes how a value reads (the SAMPLE DATA mark);
 * an imported value is the analyst's real figure and reads as reported, zero or a lower bound like a
 * published one, while the dataset's kind `imported` carries the "YOUR DATA" mark.
 */
export type Origin = 'published' | 'synthetic' | 'imported';
export const NATIONAL = 'national';

export interface Observation {
  editionId: string;
  /** `national` or an office id. */
  place: string;
  metricId: string;
  /** null = not reported (a blank cell). 0 is a published zero. */
  value: number | null;
  qualifier: Qualifier | null;
  origin: Origin;
  sourceIds: string[];
  note: string;
}

export interface Source {
  id: string;
  outlet: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD as the page shows it; empty when undated. */
  date: string;
  /** http(s) URL, or empty where the source has no stable address. */
  url: string;
  summary: string;
}

export interface Dataset {
  manifest: Manifest;
  editions: Edition[];
  gaps: YearGap[];
  offices: Office[];
  metrics: Metric[];
  wording: Wording[];
  observations: Observation[];
  sources: Source[];
}

/** One problem found while loading a package: where it is and what is wrong, in plain words. */
export interface ValidationIssue {
  /** File name within the package, e.g. `observations.csv` or `datapackage.json`. */
  file: string;
  /** 1-based physical line in the file (the header is line 1); null for whole-file problems. */
  line: number | null;
  /** Column name (CSV header) or JSON path; null when the problem is not about one column. */
  column: string | null;
  message: string;
}

export type PackageParseResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; issues: ValidationIssue[] };
