/**
 * Turns the raw numbers of each scenario into table rows beside their budgets (docs/DESIGN.md §8).
 * A measure that failed or found nothing to measure becomes a row that says so, never a gap.
 */
import { kb, median, percentile, row, sum } from './bench-table.mjs';

/** Budgets from docs/DESIGN.md §8. */
export const BUDGET = Object.freeze({
  jsKb: 120,
  cssKb: 15,
  dataKb: 80,
  lcpS: 1.0,
  cls: 0.02,
  frameMs: { 1: 50, 4: 120 },
  exportMs: 150,
});
/** 1 = as is; 4 = four times slower via CDP, a stand-in for a modest laptop. */
export const CPU_RATES = Object.freeze([1, 4]);

const gzipKb = (files) => kb(sum(files.map((f) => f.gzip)));

export function sizeRows(staticGraph, transfer) {
  return [
    // The static graph is what index.html forces before anything can run; the fetched figure adds
    // lazy chunks the first view pulls in. Both must fit the same budget.
    row('JS, index.html + static imports (gzip)', gzipKb(staticGraph.scripts), BUDGET.jsKb, 'kB', 1),
    row('JS fetched for the first view (gzip)', transfer && gzipKb(transfer.scripts), BUDGET.jsKb, 'kB', 1),
    row('CSS fetched for the first view (gzip)', transfer && gzipKb(transfer.styles), BUDGET.cssKb, 'kB', 1),
    row('data + map geometry for the first view (gzip)', transfer && gzipKb(transfer.data), BUDGET.dataKb, 'kB', 1),
  ];
}

export function vitalsRows(vitals, runs) {
  const lcp = vitals === null ? null : median(vitals.lcp);
  return [
    row(`LCP, median of ${runs} cold loads`, lcp === null ? null : lcp / 1000, BUDGET.lcpS, 's', 2),
    row(`CLS, median of ${runs} cold loads`, vitals === null ? null : median(vitals.cls), BUDGET.cls, '', 3),
  ];
}

export function filterRows(filter, iterations) {
  const rows = [];
  for (const rate of CPU_RATES) {
    const samples = filter?.byRate[rate]?.filter((ms) => ms !== null) ?? [];
    const missing = (filter?.byRate[rate]?.length ?? 0) - samples.length;
    let note = 'n/a (measure failed)';
    if (filter?.notFound) note = 'n/a (control not found)';
    else if (filter !== null && samples.length === 0) note = 'n/a (no re-render)';
    const label = `filter change → painted frame, ${rate}× CPU, n=${iterations}${missing > 0 ? ` (${missing} without re-render)` : ''}`;
    const budget = BUDGET.frameMs[rate];
    rows.push(row(`${label}, median`, median(samples), budget, 'ms', 0, note));
    rows.push(row(`${label}, p95`, percentile(samples, 95), budget, 'ms', 0, note));
  }
  return rows;
}

/**
 * With the map on screen, every data file and the state outlines fetched count against the data +
 * geometry budget; the map's own chunk has no budget (it is not first-view JS) and is shown so its
 * growth is seen. `isMapChunk` tells the chunk by its file name.
 */
export function mapRows(transfer, isMapChunk) {
  const chunk = transfer?.scripts.filter((f) => isMapChunk(f.file)) ?? [];
  const chunkNote = transfer === null ? 'n/a (measure failed)' : 'n/a (map chunk not fetched)';
  return [
    row('data + map geometry with the map on screen (gzip)', transfer && gzipKb(transfer.data), BUDGET.dataKb, 'kB', 1),
    row('map chunk (gzip, loaded with the map)', chunk.length === 0 ? null : gzipKb(chunk), null, 'kB', 1, chunkNote),
  ];
}

export function exportRows(exported, runs) {
  let note = 'n/a (measure failed)';
  if (exported?.notFound) note = 'n/a (export menu not found)';
  const samples = exported?.samples ?? [];
  return [
    row(`PNG 2× export, click → download, median of ${runs}`, median(samples), BUDGET.exportMs, 'ms', 0, note),
    row('PNG 2× export, first click (also loads the export code)', samples[0] ?? null, BUDGET.exportMs, 'ms', 0, note),
  ];
}
