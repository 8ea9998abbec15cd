// @vitest-environment node
/**
 * The committed package must be exactly what scripts/derive-published.ts writes from
 * scripts/published-source, so a hand edit of public/data/published fails CI.
 */
import { describe, expect, it } from 'vitest';
import { publishedPackageFiles, readPublishedSource } from '../../scripts/derive-published';
import { derivePublishedDataset } from '../../scripts/published/derive-dataset';
import { readCommittedFiles } from './committed-package';

describe('published package freshness', () => {
  it('re-deriving from scripts/published-source gives byte-identical files', () => {
    const fresh = publishedPackageFiles();
    const committed = readCommittedFiles();
    expect(Object.keys(committed).sort()).toEqual(Object.keys(fresh).sort());
    for (const [name, text] of Object.entries(fresh)) {
      expect(committed[name], name).toBe(text);
    }
  });
});

describe('published derivation guards', () => {
  const source = readPublishedSource();

  it('refuses an attribution the row does not support', () => {
    // Drop S62 from XIII's sources: the per-value attribution of XIII to S62 must then fail loudly.
    const national = source.national.replace(',S62;S63;S67,', ',S63;S67,');
    expect(national).not.toBe(source.national);
    expect(() => derivePublishedDataset({ ...source, national }, '2026-11-28')).toThrow(/not a subset/);
  });

  it('refuses a value that is not a whole number', () => {
    const national = source.national.replace(',700,total_arrests=approximately,', ',"1,599",total_arrests=approximately,');
    expect(national).not.toBe(source.national);
    expect(() => derivePublishedDataset({ ...source, national }, '2026-11-28')).toThrow(/not a whole number/);
  });

  it('refuses a year without an edition that does not say why', () => {
    const national = source.national.replace('NO EDITION: no OCC held or reported in 2020', 'no OCC in 2020');
    expect(national).not.toBe(source.national);
    expect(() => derivePublishedDataset({ ...source, national }, '2026-11-28')).toThrow(/must say why/);
  });
});
