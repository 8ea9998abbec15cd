// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportFileName, fileNamePart } from '../../src/export/file-names';

describe('export file names', () => {
  it('joins the parts that say what is inside', () => {
    expect(exportFileName(['occ', 'published', 'offices-by-metric', 'XIII'], 'csv')).toBe('occ_published_offices-by-metric_XIII.csv');
    expect(exportFileName(['occ', 'sample', 'editions-by-metric', '2008-2025', null, undefined, false, ''], 'zip')).toBe(
      'occ_sample_editions-by-metric_2008-2025.zip',
    );
  });

  it('keeps only characters every file system accepts', () => {
    expect(fileNamePart('San Juan / PR')).toBe('San-Juan-PR');
    expect(fileNamePart('denver+san-juan')).toBe('denver+san-juan');
    expect(fileNamePart('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNamePart('Mayagüez “north”')).toBe('Mayaguez-north');
    expect(exportFileName(['search-<script>'], 'csv')).toBe('search-script.csv');
    expect(exportFileName(['***'], 'csv')).toBe('export.csv');
  });

  it('drops whole trailing parts to stay under the length limit', () => {
    const name = exportFileName(['occ', 'published', 'offices-by-metric', 'x'.repeat(30)], 'csv', 40);
    expect(name).toBe('occ_published_offices-by-metric.csv');
    expect(exportFileName(['y'.repeat(60)], 'csv', 20)).toBe('yyyyyyyyyyyyyyyy.csv');
  });
});
