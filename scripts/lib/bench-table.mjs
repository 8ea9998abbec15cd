/**
 * The printed side of scripts/bench.mjs: statistics over samples, table rows beside their budgets,
 * and the plain-text table (Markdown, so it can be pasted into an issue or the README as is).
 */
import console from 'node:console';

export const sum = (values) => values.reduce((total, value) => total + value, 0);
/** 1 kB = 1000 bytes, as in Vite's build log. */
export const kb = (bytes) => bytes / 1000;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return null;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Nearest-rank percentile: with 15 samples p95 is the largest, i.e. no sample is hidden. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : (sorted[Math.ceil((p / 100) * sorted.length) - 1] ?? null);
}

/**
 * A table row. `value` null means not measured and `note` says why; `digits` is how many decimals
 * the value shows (the budget is shown as docs/DESIGN.md writes it). `budget` null: no budget of its own
 * (shown for information).
 */
export function row(measure, value, budget, unit, digits, note = 'n/a') {
  const withUnit = (text) => (unit === '' ? text : `${text} ${unit}`);
  const shown = { measure, budget: budget === null ? '–' : `≤ ${withUnit(String(budget))}` };
  if (value === null) return { ...shown, value: note, ok: '–' };
  const ok = budget === null ? '–' : value <= budget ? 'yes' : 'NO';
  return { ...shown, value: withUnit(value.toFixed(digits)), ok };
}

/** A row that only names the scenario the rows below it belong to. */
export function groupRow(title) {
  return { measure: `**${title}**`, value: '', budget: '', ok: '' };
}

export function printTable(rows) {
  const columns = ['measure', 'value', 'budget', 'ok'];
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(columns.map((c) => r[c])));
}

export function printFiles(title, files) {
  if (files.length === 0) return;
  console.log(`\n${title}`);
  for (const f of files) console.log(`  ${kb(f.gzip).toFixed(1).padStart(7)} kB  ${f.file}`);
}
