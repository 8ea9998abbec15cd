// @vitest-environment node
/**
 * The verified-bundle path: a file is read as is only when its bytes hash to what the build validated
 * (and only for the very catalogue entry the build made it for); anything else returns null, and the
 * caller validates the package instead.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifiedBundle, verifiedJson } from '../../src/api/verified-data';
import type { VerifiedData } from '../../src/api/verified-data';
import { verifiedData } from '../../scripts/verified-data';
import { publishedFiles } from '../../mocks/published-files';

const text = '{"a":1}';
const bytes = new TextEncoder().encode(text);
const hash = createHash('sha256').update(text).digest('base64');

describe('verifiedJson', () => {
  it('reads bytes that hash to the record', async () => {
    expect(await verifiedJson(bytes, hash)).toEqual({ a: 1 });
  });

  it('refuses bytes that differ by one character, and a missing hash', async () => {
    expect(await verifiedJson(new TextEncoder().encode('{"a":2}'), hash)).toBeNull();
    expect(await verifiedJson(bytes, '')).toBeNull();
  });
});

describe('verifiedBundle', () => {
  const record: VerifiedData = { catalogue: 'x', datasets: { sample: { manifest: 'sample/datapackage.json', bundle: 'sample/dataset.json', sha256: hash } } };

  it('is the bundle of the very entry the build made it for', () => {
    expect(verifiedBundle({ id: 'sample', path: 'sample/datapackage.json' }, record)?.bundle).toBe('sample/dataset.json');
  });

  it('is none for another path, another id, or an inherited key', () => {
    expect(verifiedBundle({ id: 'sample', path: 'elsewhere/datapackage.json' }, record)).toBeUndefined();
    expect(verifiedBundle({ id: 'published', path: 'published/datapackage.json' }, record)).toBeUndefined();
    expect(verifiedBundle({ id: 'toString', path: 'toString/datapackage.json' }, record)).toBeUndefined();
  });
});

describe('the build’s verified data', () => {
  it('validates each package, writes its Dataset as JSON and records the hash of those bytes', async () => {
    const { files, record } = verifiedData('{"datasets":[]}', new Map([['published', { ...publishedFiles }]]));
    const bundle = files.get('published/dataset.json') ?? '';
    expect(record.datasets.published).toEqual({
      manifest: 'published/datapackage.json',
      bundle: 'published/dataset.json',
      sha256: createHash('sha256').update(bundle).digest('base64'),
    });
    const dataset = await verifiedJson<{ observations: unknown[] }>(new TextEncoder().encode(bundle), record.datasets.published?.sha256 ?? '');
    expect(dataset?.observations.length).toBeGreaterThan(200);
  });

  it('stops the build on a package that does not validate', () => {
    const broken = { ...publishedFiles, 'observations.csv': 'edition,place\nXIII,national\n' };
    expect(() => verifiedData('{}', new Map([['published', broken]]))).toThrow(/The published package does not load/);
  });
});
