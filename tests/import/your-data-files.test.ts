// @vitest-environment node
/**
 * The files issue 13 writes for analysts, checked with the validator and the package loader they
 * feed: the template (CSV and Excel) validates as it is, every value not reported; the host package
 * loads as a dataset of the app's own format; ids are fingerprints of the file, not of the clock.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadPackageFromFiles } from '../../src/data/load-package';
import { toCsv } from '../../src/export/csv';
import { columnLetters, xlsxWorkbook, xmlText } from '../../src/export/xlsx';
import { chosenMapping, headerSetKey, mappingCovers, needsMapping } from '../../src/import/column-mapping';
import { hostPackage } from '../../src/import/data-package';
import { datasetSlug, fingerprint, localDatasetId } from '../../src/import/dataset-id';
import { templateTable } from '../../src/import/template';
import { publishedDataset, validate } from './support';

const GOOD = 'edition,office,minor_victims,traffickers,notes\nXIII,Denver,4,1,"2 in Aurora"\nXIII,FBI San Juan,0,,\n';

describe('the template', () => {
  const table = templateTable(publishedDataset());

  it('has the canonical headers and one row per field office for the latest edition, values blank', () => {
    expect(table.editionId).toBe('XIII');
    expect(table.header.slice(0, 4)).toEqual(['edition', 'year', 'office', 'minor_victims']);
    expect(table.rows).toHaveLength(56);
    expect(table.rows[0]?.slice(0, 3)).toEqual(['XIII', '2023', 'FBI Albany']);
    expect(table.rows.every((row) => row.slice(3).every((cell) => cell === ''))).toBe(true);
  });

  it('validates as a CSV file: accepted, every value not reported (never 0)', () => {
    const result = validate(toCsv([table.header, ...table.rows]), 'occ_results-template_XIII.csv');
    expect(result.accepted).toBe(true);
    expect(result.counts.error).toBe(0);
    expect(result.rows).toBe(56);
    expect(result.values.every((value) => value.value === null)).toBe(true);
  });

  it('validates as an Excel workbook written by the app', () => {
    const rows = table.rows.map((row) => row.map((cell) => (cell === '' ? null : /^\d{4}$/.test(cell) ? Number(cell) : cell)));
    const result = validate(xlsxWorkbook('results', [table.header, ...rows]), 'occ_results-template_XIII.xlsx');
    expect(result.accepted).toBe(true);
    expect(result.rows).toBe(56);
  });
});

describe('the .xlsx writer', () => {
  it('escapes text and names columns as Excel does', () => {
    expect(xmlText('<a & "b">\u0001')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('writes the five parts, text as inline strings and blanks as no cell', () => {
    const parts = unzipSync(xlsxWorkbook('results', [['office', 'minor_victims'], ['Denver', 4], ['San Juan', null]]));
    expect(Object.keys(parts).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheet).toContain('<c r="B2"><v>4</v></c>');
    expect(sheet).toContain('<c r="A3" t="inlineStr"><is><t xml:space="preserve">San Juan</t></is></c></row>');
    expect(sheet).not.toContain('r="B3"');
  });
});

describe('the data package for the host', () => {
  it('loads as the same dataset, without the local- prefix, with a README that carries the mark', () => {
    const result = validate(GOOD, 'Denver Results.csv', { datasetId: 'local-denver-results-0a1b2c3d' });
    const dataset = result.dataset;
    if (dataset === null) throw new Error('the file should be accepted');
    const built = hostPackage(dataset);
    expect(built.folder).toBe('denver-results-0a1b2c3d');
    expect(built.catalogueEntry).toEqual({ id: 'denver-results-0a1b2c3d', title: 'Denver Results.csv, loaded 4 Dec 2026', kind: 'imported', path: 'denver-results-0a1b2c3d/datapackage.json' });
    const loaded = loadPackageFromFiles(built.files);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    expect(loaded.dataset.manifest.id).toBe('denver-results-0a1b2c3d');
    expect(loaded.dataset.observations).toEqual(dataset.observations);
    expect(built.files['README.txt']).toContain('YOUR DATA — not published: figures from the file Denver Results.csv, loaded 4 Dec 2026; not published by the FBI.');
    expect(built.files['README.txt']).toContain(JSON.stringify(built.catalogueEntry));
  });
});

describe('local dataset ids', () => {
  it('are the file name and a fingerprint of its bytes and mapping: the same file keeps its id', () => {
    const bytes = new TextEncoder().encode(GOOD);
    expect(datasetSlug('C:\\data\\Denver Results (2023).xlsx')).toBe('denver-results-2023');
    expect(datasetSlug('.csv')).toBe('imported');
    expect(fingerprint(bytes)).toBe(fingerprint(bytes));
    expect(fingerprint(bytes, '{"a":null}')).not.toBe(fingerprint(bytes));
    expect(localDatasetId('denver.csv', 'deadbeef')).toBe('local-denver-deadbeef');
    expect(fingerprint(new Uint8Array())).toBe('811c9dc5');
  });
});

describe('the mapping step', () => {
  const mapped = validate('Edition,Office,Kids found,Comment\nXIII,Denver,4,ok\n', 'kids.csv');

  it('is needed when a column is not understood, and sends only what the analyst changed', () => {
    expect(needsMapping(mapped)).toBe(true);
    const chosen = { Edition: 'edition', Office: 'office', 'Kids found': 'minor-victims', Comment: null };
    const mapping = chosenMapping(mapped.columns, chosen);
    expect(mapping).toEqual({ 'Kids found': 'minor-victims', Comment: null });
    expect(mappingCovers(mapping, mapped.columns)).toBe(true);
    expect(mappingCovers({ Comment: null }, mapped.columns)).toBe(false);
    const again = validate('Edition,Office,Kids found,Comment\nXIII,Denver,4,ok\n', 'kids.csv', { columnMapping: mapping });
    expect(again.accepted).toBe(true);
    expect(needsMapping(again)).toBe(false);
  });

  it('remembers by the header set as the validator compares names', () => {
    expect(headerSetKey(['Kids_found', 'OFFICE'])).toBe(headerSetKey(['kids found', 'office']));
    expect(headerSetKey(['a', 'b'])).not.toBe(headerSetKey(['b', 'a']));
  });
});
