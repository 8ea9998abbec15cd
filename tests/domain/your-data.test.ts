import { describe, expect, it } from 'vitest';
import { datasetFileTag, isLocalDatasetId, yourDataNote } from '../../src/domain/your-data';

const imported = { id: 'local-denver-results-0a1b2c3d', kind: 'imported' as const, title: 'Denver Results 2023.xlsx, loaded 4 Dec 2026', asOf: '2026-12-04' };

describe('the YOUR DATA mark', () => {
  it('names the file, the load date and that the FBI did not publish the figures', () => {
    expect(yourDataNote(imported)).toBe(
      'YOUR DATA — not published: figures from the file Denver Results 2023.xlsx, loaded 4 Dec 2026; not published by the FBI.',
    );
    expect(yourDataNote({ ...imported, kind: 'published' })).toBeNull();
  });

  it('puts your-data, the file name and the load date in export file names', () => {
    expect(datasetFileTag(imported)).toBe('your-data-denver-results-2023-loaded-2026-12-04');
    expect(datasetFileTag({ ...imported, id: 'sample', kind: 'sample' })).toBe('sample');
  });

  it('tells local ids from the host’s', () => {
    expect(isLocalDatasetId(imported.id)).toBe(true);
    expect(isLocalDatasetId('published')).toBe(false);
  });
});
