// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnMetrics } from '../../../src/domain/breakdown-columns';
import { editionsTable, editionsView } from '../../../src/domain/breakdown-editions';
import { officesTable, officesView } from '../../../src/domain/breakdown-offices';
import { DEFAULT_SORT } from '../../../src/domain/breakdown-sort';
import { indexDataset } from '../../../src/domain/dataset-index';
import { zipFiles } from '../../../src/export/zip';
import { editionsExport, officesExport, zipEntries } from '../../../src/features/breakdown/breakdown-export';
import type { ExportContext } from '../../../src/features/breakdown/breakdown-export';
import { loadCommittedDataset } from '../../published/committed-package';

const index = indexDataset(loadCommittedDataset());
const XIII = index.editionById.get('XIII');
const VI = index.editionById.get('VI');
if (!XIII || !VI) throw new Error('editions missing');
const metrics = columnMetrics(index, 'key', 'minor-victims');
const context: ExportContext = { index, preset: 'key', viewUrl: 'https://example.test/?edition=VI' };

describe('file names say what is inside', () => {
  it('names the dataset, table, edition, offices, search and columns', () => {
    const all = officesView(officesTable(index, XIII, metrics, []), { sort: DEFAULT_SORT, search: '', selectedOnly: false });
    expect(officesExport(all, context).csvFileName).toBe('occ_published_offices-by-metric_XIII.csv');
    expect(officesExport(all, context).zipFileName).toBe('occ_published_offices-by-metric_XIII.zip');
    const chosen = officesView(officesTable(index, VI, metrics, ['denver', 'san-juan']), { sort: DEFAULT_SORT, search: '', selectedOnly: true });
    expect(officesExport(chosen, { ...context, preset: 'all' }).csvFileName).toBe('occ_published_offices-by-metric_VI_denver+san-juan_all-metrics.csv');
    const many = officesView(officesTable(index, VI, metrics, ['denver', 'san-juan', 'dallas', 'boston']), { sort: DEFAULT_SORT, search: 'Salt Lake', selectedOnly: true });
    expect(officesExport(many, context).csvFileName).toBe('occ_published_offices-by-metric_VI_4-selected-offices_search-Salt-Lake.csv');
    const years = editionsView(editionsTable(index, metrics, 2012, 2017), DEFAULT_SORT);
    expect(editionsExport(years, context).csvFileName).toBe('occ_published_editions-by-metric_2012-2017.csv');
  });
});

describe('the CSV and the ZIP of a table', () => {
  const view = officesView(officesTable(index, VI, metrics, ['denver']), {
    sort: { column: 'minor-victims', direction: 'descending' },
    search: 'den',
    selectedOnly: false,
  });
  const file = officesExport(view, context);

  it('is BOM + CRLF CSV of the rows shown, with the caveat after the data', () => {
    const lines = file.csv.split('\r\n');
    expect(file.csv.startsWith('\uFEFFOffice,Minor victims,Minor victims qualifier,Minor victims state,Minor victims coverage,')).toBe(true);
    expect(lines[1]).toBe('National (as released),79,,reported,,,,not-reported,,,,not-reported,,,,not-reported,,104,,reported,,,,not-reported,,,,not-reported,,,,not-reported,,,S16');
    expect(lines[2]).toBe(
      'Sum of the 1 office shown,2,,reported,1 of 1 reported,,,not-reported,0 of 1 reported,,,not-reported,0 of 1 reported,,,not-reported,0 of 1 reported,3,,reported,1 of 1 reported,,,not-reported,0 of 1 reported,,,not-reported,0 of 1 reported,,,not-reported,0 of 1 reported,,S16',
    );
    expect(lines[3]).toBe('FBI Denver,2,,reported,,,,not-reported,,,,not-reported,,,,not-reported,,3,,reported,,,,not-reported,,,,not-reported,,,,not-reported,,yes,S16');
    // The note holds a comma, so it is quoted; the empty fields keep the file rectangular.
    expect(lines[4]).toBe(
      `"Note: Sorted by minor victims: office counts reflect each office’s participation and resources in a short operation, not how common child sex trafficking is in its area.",${','.repeat(33)}`,
    );
    expect(lines[5]).toBe('');
    expect(lines).toHaveLength(6);
  });

  it('zips the CSV with a metadata JSON and a README that carry the dataset, filters, definitions, sources and caveat', () => {
    const files = unzipSync(zipFiles(zipEntries(context, file)));
    expect(Object.keys(files)).toEqual(['README.txt', 'occ_published_offices-by-metric_VI_search-den.csv', 'metadata.json']);
    const csv = files['occ_published_offices-by-metric_VI_search-den.csv'] ?? new Uint8Array();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv)).toBe(file.csv);

    const metadata = JSON.parse(strFromU8(files['metadata.json'] ?? new Uint8Array())) as Record<string, unknown>;
    expect(metadata.dataset).toEqual({
      id: 'published',
      title: index.dataset.manifest.title,
      kind: 'published',
      version: index.dataset.manifest.version,
      asOf: index.dataset.manifest.asOf,
      description: index.dataset.manifest.description,
    });
    expect(metadata.view).toEqual({
      url: 'https://example.test/?edition=VI',
      edition: 'VI',
      columns: 'key',
      search: 'den',
      selectedOnly: false,
      selectedOffices: ['denver'],
      officesShown: 1,
      sortColumn: 'minor-victims',
      sortDirection: 'descending',
      // Release mode's K, or null when it is off.
      releaseMode: null,
    });
    expect(metadata.table).toMatchObject({ id: 'offices-by-metric', title: 'Each field office, OCC VI (2012)', rows: 3 });
    expect((metadata.metrics as { id: string; definition: string }[]).map((metric) => metric.id)).toEqual(metrics.map((metric) => metric.id));
    expect((metadata.sources as { id: string; url: string }[]).map((source) => source.id)).toEqual(['S16']);
    expect(metadata.notes).toEqual([expect.stringMatching(/^Sorted by minor victims: office counts reflect/)]);

    const readme = strFromU8(files['README.txt'] ?? new Uint8Array());
    expect(readme).toContain('Cross Country Outcomes: Each field office, OCC VI (2012)');
    expect(readme).toContain(`version ${index.dataset.manifest.version}, as of 28 Nov 2026`);
    expect(readme).toContain('An empty value means the source reported no figure. It is never a zero.');
    expect(readme).toContain('- Sorted by minor victims: office counts reflect');
    expect(readme).toMatch(/ {2}S16 {2}Shared Hope International, Jul 2012, http:\/\/sharedhope\.org\//);
  });
});
