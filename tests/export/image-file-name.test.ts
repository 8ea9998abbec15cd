// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { imageFileName, officesPart, periodPart, scaleVariant } from '../../src/export/image-file-name';
import type { ImageFileNameParts } from '../../src/export/image-file-name';

const trends: ImageFileNameParts = {
  dataset: 'published',
  panel: 'trends',
  metric: 'minor-victims',
  period: { from: 2008, to: 2023 },
  offices: [],
};

describe('imageFileName', () => {
  it('says what the image shows, at which scale', () => {
    expect(imageFileName({ ...trends, variant: '2x', ext: 'png' })).toBe('occ_published_trends_minor-victims_2008-2023_national_2x.png');
    expect(imageFileName({ ...trends, variant: 'slide', ext: 'png' })).toBe('occ_published_trends_minor-victims_2008-2023_national_slide.png');
    expect(imageFileName({ ...trends, variant: null, ext: 'svg' })).toBe('occ_published_trends_minor-victims_2008-2023_national.svg');
  });

  it('names an edition, a single year, and the offices shown', () => {
    expect(
      imageFileName({ ...trends, panel: 'office-map', period: { edition: 'XIII' }, offices: ['san-juan'], variant: '1x', ext: 'png' }),
    ).toBe('occ_published_office-map_minor-victims_XIII_san-juan_1x.png');
    expect(imageFileName({ ...trends, dataset: 'sample', period: { from: 2016, to: 2016 }, variant: '4x', ext: 'png' })).toBe(
      'occ_sample_trends_minor-victims_2016_national_4x.png',
    );
  });

  it('keeps only file-system-safe characters from data strings', () => {
    expect(imageFileName({ ...trends, dataset: 'Imported / "draft" <1>', metric: null, period: null, variant: '2x', ext: 'png' })).toBe(
      'occ_Imported-draft-1_trends_national_2x.png',
    );
  });
});

describe('file name parts', () => {
  it('names up to three offices and counts more', () => {
    expect(officesPart([])).toBe('national');
    expect(officesPart(['boston', 'miami', 'san-juan'])).toBe('boston+miami+san-juan');
    expect(officesPart(['boston', 'miami', 'san-juan', 'denver'])).toBe('4-offices');
  });

  it('writes years, editions and scales', () => {
    expect(periodPart(null)).toBeNull();
    expect(periodPart({ from: 2008, to: 2023 })).toBe('2008-2023');
    expect(periodPart({ edition: 'IX' })).toBe('IX');
    expect(scaleVariant(2)).toBe('2x');
    expect(scaleVariant(3.86)).toBe('3.86x');
  });
});
