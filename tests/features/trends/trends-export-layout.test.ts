// @vitest-environment node
/**
 * The trends export's chart layout with exact numbers: the panel's own chart heights at the natural
 * size, stretching and shrinking in another box (the slide), more office columns in a wide short
 * box, and scaling down (never cutting) when even the minimum heights do not fit.
 */
import { describe, expect, it } from 'vitest';
import { officeColumns, trendsExportHeight, trendsExportLayout } from '../../../src/features/trends/trends-export-layout';
import type { TrendsExportSpec } from '../../../src/features/trends/trends-export-layout';

const office = (name: string) => ({ title: `FBI ${name}`, coverage: '5 of 13 editions reported' });

function spec(offices: number, overrides: Partial<TrendsExportSpec> = {}): TrendsExportSpec {
  return {
    national: { title: 'National', coverage: '13 of 13 editions reported' },
    scaleRows: 4,
    notes: [{ number: 1, text: 'Release wording changed between OCC XI (2017) and OCC XII (2022). Values either side are not comparable.' }],
    officesHeading: 'Selected field offices, on one shared y-scale.',
    offices: Array.from({ length: offices }, (_, i) => office(`Office ${i + 1}`)),
    ...overrides,
  };
}

describe('trendsExportLayout at the natural size', () => {
  it('keeps the panel heights: 420 for the nation with four scale rows, 190 per office row', () => {
    const s = spec(4);
    const height = trendsExportHeight(s, 1120);
    // caption 22 + 2, nation 420, 10, one note 18 (+14 after notes), heading 18 + 6,
    // two rows of (caption 22 + 2 + 190) with 14 between.
    expect(height).toBe(22 + 2 + 420 + 10 + 18 + 14 + 18 + 6 + 2 * (22 + 2 + 190) + 14);
    const layout = trendsExportLayout(s, { width: 1120, height });
    expect(layout.scale).toBe(1);
    expect(layout.national.chart).toEqual({ x: 0, y: 24, width: 1120, height: 420 });
    expect(layout.national.caption.title).toEqual({ text: 'National', x: 0, y: 16.3 });
    expect(layout.national.caption.coverage.y).toBe(16.3);
    expect(layout.notes).toHaveLength(1);
    expect(layout.notes[0]?.badge).toEqual({ cx: 8, cy: 463 });
    expect(layout.offices.map((o) => o.chart)).toEqual([
      { x: 0, y: 534, width: 357.3, height: 190 },
      { x: 381.3, y: 534, width: 357.3, height: 190 },
      { x: 762.7, y: 534, width: 357.3, height: 190 },
      { x: 0, y: 762, width: 357.3, height: 190 },
    ]);
    expect(layout.height).toBe(height);
  });

  it('has no heading, no grid and no notes when there is nothing to put there', () => {
    const s = spec(0, { notes: [] });
    expect(trendsExportHeight(s, 1120)).toBe(22 + 2 + 420 + 10);
    const layout = trendsExportLayout(s, { width: 1120, height: 454 });
    expect([layout.officesHeading, layout.offices, layout.notes]).toEqual([[], [], []]);
  });

  it('uses three office columns on a desktop width, two or one when narrower', () => {
    expect([officeColumns(1120), officeColumns(900), officeColumns(899), officeColumns(560), officeColumns(559)]).toEqual([3, 3, 2, 2, 1]);
  });

  it('puts an office caption that does not fit on one line onto two', () => {
    const long = spec(1, { offices: [{ title: 'FBI A very long field office name indeed', coverage: '13 of 13 editions reported' }] });
    const layout = trendsExportLayout(long, { width: 400, height: trendsExportHeight(long, 400) });
    const caption = layout.offices[0]?.caption;
    expect(caption?.coverage.x).toBe(0);
    // One 22 px line lower; the smaller text's baseline sits 0.7 px higher in its line.
    expect(Number(((caption?.coverage.y ?? 0) - (caption?.title.y ?? 0)).toFixed(1))).toBe(21.3);
  });
});

describe('trendsExportLayout in another box', () => {
  it('stretches the charts to fill a taller box, at most one and a half times', () => {
    const s = spec(0, { notes: [] });
    const taller = trendsExportLayout(s, { width: 1120, height: 454 + 210 });
    expect(taller.national.chart.height).toBe(630);
    expect(taller.scale).toBe(1);
    const much = trendsExportLayout(s, { width: 1120, height: 2000 });
    expect(much.national.chart.height).toBe(630);
  });

  it('shrinks the charts to a shorter box, down to their minimum heights', () => {
    const s = spec(0, { notes: [] });
    const shorter = trendsExportLayout(s, { width: 1120, height: 384 });
    expect(shorter.national.chart.height).toBe(350);
    expect(shorter.scale).toBe(1);
  });

  it('scales everything down together, centred, when even the minimum heights do not fit', () => {
    const s = spec(0, { notes: [] });
    // Minimum: 150 for the bars + 4 × 30 for the scale rows = 270, plus 34 of caption and gaps.
    const layout = trendsExportLayout(s, { width: 1120, height: 152 });
    expect(layout.national.chart.height).toBe(270);
    expect(layout.height).toBe(304);
    expect(layout.scale).toBe(0.5);
    expect(layout.offsetX).toBe(280);
  });

  it('spreads ten offices over more columns in a wide, short box rather than shrinking them further', () => {
    const s = spec(10);
    const box = { width: 1800, height: 700 };
    const layout = trendsExportLayout(s, box);
    // Three columns (four rows) would need scaling down; five (two rows) fit at full size.
    expect(new Set(layout.offices.map((o) => o.chart.x)).size).toBe(5);
    expect(new Set(layout.offices.map((o) => o.chart.y)).size).toBe(2);
    expect(layout.scale).toBe(1);
    expect(layout.height).toBeLessThanOrEqual(700.5);
  });
});
