// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../src/export/zip';

describe('zipFiles', () => {
  it('packs text (kept as UTF-8, BOM included) and bytes that fflate unpacks unchanged', () => {
    const bytes = new Uint8Array([0, 1, 2, 255]);
    const archive = zipFiles([
      { name: 'README.txt', content: 'Sources: S62 — WSAW\r\n' },
      { name: 'table.csv', content: '\uFEFFOffice,Value\r\nFBI Denver,22\r\n' },
      { name: 'raw.bin', content: bytes },
    ]);
    const files = unzipSync(archive);
    expect(Object.keys(files)).toEqual(['README.txt', 'table.csv', 'raw.bin']);
    expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toBe('Sources: S62 — WSAW\r\n');
    const csv = files['table.csv'] ?? new Uint8Array();
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops a BOM unless told not to; the test must see it.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv)).toBe('\uFEFFOffice,Value\r\nFBI Denver,22\r\n');
    expect([...(files['raw.bin'] ?? [])]).toEqual([0, 1, 2, 255]);
  });

  it('gives the same bytes for the same files and time', () => {
    const modified = new Date('2026-11-28T12:00:00Z');
    const entries = [{ name: 'a.txt', content: 'a' }];
    expect(zipFiles(entries, { modified })).toEqual(zipFiles(entries, { modified }));
  });

  it('refuses two entries with one name', () => {
    expect(() => zipFiles([{ name: 'a.txt', content: '1' }, { name: 'a.txt', content: '2' }])).toThrow(/unique/);
  });
});
