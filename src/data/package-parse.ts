/**
 * The one validating loader: turns a manifest and its CSV texts into a Dataset, or into the full list
 * of problems. A package with any problem is rejected whole, so a screen never shows part of a file.
 */
import { checkIntegrity } from './integrity';
import type { ParsedTables } from './integrity';
import { parseTable } from './table-parse';
import type { ParsedTable, TableSource } from './table-parse';
import { tableRowBuilders } from './tables';
import type { Manifest, PackageParseResult, ResourceName, ValidationIssue } from './types';
import { RESOURCE_NAMES } from './types';

function fileFor(manifest: Manifest, name: ResourceName): string {
  return manifest.resources.find((resource) => resource.name === name)?.path ?? `${name}.csv`;
}

export interface LoadOptions {
  /** The last year an edition or a gap may have. Default: the clock's UTC year; tests pass their own. */
  currentYear?: number;
}

function parseTables(manifest: Manifest, texts: Partial<Record<ResourceName, TableSource>>, options: LoadOptions): ParsedTables {
  const builders = tableRowBuilders({ currentYear: options.currentYear ?? new Date().getUTCFullYear() });
  const table = <Name extends ResourceName>(name: Name) =>
    parseTable(name, fileFor(manifest, name), texts[name], builders[name]);
  return {
    editions: table('editions'),
    gaps: table('gaps'),
    offices: table('offices'),
    metrics: table('metrics'),
    wording: table('wording'),
    observations: table('observations'),
    sources: table('sources'),
  };
}

/** Whole-file issues (no line) come first within a file, then by line; ties keep the order found. */
export function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return [...issues].sort((a, b) => {
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    return (a.line ?? 0) - (b.line ?? 0);
  });
}

const rowsOf = <Row>(table: ParsedTable<Row>): Row[] => table.rows.map(({ row }) => row);

export function parsePackage(
  manifest: Manifest,
  tables: Partial<Record<ResourceName, TableSource>>,
  options: LoadOptions = {},
): PackageParseResult {
  const parsed = parseTables(manifest, tables, options);
  const issues = [...RESOURCE_NAMES.flatMap((name) => parsed[name].issues), ...checkIntegrity(parsed)];
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };
  return {
    ok: true,
    dataset: {
      manifest,
      editions: rowsOf(parsed.editions),
      gaps: rowsOf(parsed.gaps),
      offices: rowsOf(parsed.offices),
      metrics: rowsOf(parsed.metrics),
      wording: rowsOf(parsed.wording),
      observations: rowsOf(parsed.observations),
      sources: rowsOf(parsed.sources),
    },
  };
}
