/**
 * What a panel hands the export kit: everything an exported image must say to stand alone in a
 * briefing (docs/DESIGN.md §5). Strings here are data: the kit renders them only as SVG text, escaped.
 */
import type { ReactNode } from 'react';
import type { LegendEntry } from '../charts/legend';
import type { ImageFileNameParts } from './image-file-name';

export interface ChartSize {
  width: number;
  height: number;
}

/** The chart body, drawn by the panel from its own layout code at exactly the size it is given. */
export interface ExportChart {
  /** Height the chart wants at the natural width (its width there is `NATURAL_WIDTH − 2 × margin`). */
  height: number;
  /**
   * Draws the chart into a box with its origin at 0,0: stateless SVG marks (a `<g>` or a nested
   * `<svg>`), no event handlers, no foreignObject, no links. Called once per export, at the natural
   * size or at the slide's size. The composition already defines the synthetic hatch pattern
   * (SYNTHETIC_PATTERN_ID): the chart must not define it again (no ValueStatePatterns inside).
   */
  draw: (size: ChartSize) => ReactNode;
}

/** A source as the footer cites it: who, when, where (a Source from the dataset fits). */
export interface ExportSource {
  outlet: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; empty when undated. */
  date: string;
  /** http(s) URL; empty when the source has no stable address. */
  url: string;
}

export interface ExportDatasetInfo {
  title: string;
  version: string;
  /** ISO date the figures were compiled. */
  asOf: string;
}

export interface ExportInput {
  /** What the chart shows, e.g. "Minor victims identified or located, by edition". */
  title: string;
  /** The active filters, one phrase each (metric, years or edition, offices); joined with " · ". */
  filters: readonly string[];
  /** The one-sentence summary: drawn under the subtitle and used as the image's alt text. */
  summary: string;
  chart: ExportChart;
  /** The chart's legend entries: the same the panel lists on the page. */
  legend: readonly LegendEntry[];
  sources: readonly ExportSource[];
  dataset: ExportDatasetInfo;
  /** The link that reproduces the view (the page URL at export time), printed as text. */
  viewUrl: string;
  /** True whenever a sample (synthetic) value is shown: the SAMPLE DATA mark is drawn. */
  sample: boolean;
  /**
   * The analyst's own figures (domain/your-data.ts yourDataNote): the "YOUR DATA — not published" mark
   * is drawn and this sentence (file name, load date, not published by the FBI) closes the footer.
   */
  yourData: string | null;
  /**
   * Release mode (domain/release-notes.ts releaseNotes): its notice ("Counts 1–9 shown as <10; …") or,
   * for an analyst's own figures exported with it off, the INTERNAL — NOT FOR RELEASE sentence; each
   * closes the footer.
   */
  releaseNotes?: readonly string[];
  /** An analyst's own figures with release mode off: the INTERNAL — NOT FOR RELEASE badge is drawn. */
  internal?: boolean;
}

/** One chart panel's export: what its file names say, and the input the kit composes. */
export interface PanelImage {
  name: ImageFileNameParts;
  input: ExportInput;
}
