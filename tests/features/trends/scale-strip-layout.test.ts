// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index';
import { axisEditions, axisYears } from '../../../src/domain/time-axis';
import { scaleContext } from '../../../src/domain/trends';
import { gapLabelBackdrop, layoutGapLabel } from '../../../src/features/trends/gap-label-layout';
import { layoutScaleStrip } from '../../../src/features/trends/scale-strip-layout';
import { editionSlots } from '../../../src/features/trends/trends-layout';
import { miniDataset } from '../../fixtures/mini-dataset';

const index = indexDataset(miniDataset());
const years = axisYears(index, null, null);
const rows = scaleContext(index, axisEditions(years), 'minor-victims');

describe('layoutScaleStrip', () => {
  it('writes the numbers under the editions when every number fits its slot', () => {
    const { slots } = editionSlots(years, 44, 544);
    const [row] = layoutScaleStrip(rows, slots, 44, 300);
    expect(row?.mode).toBe('numbers');
    expect(row?.title).toEqual({ text: 'Cities taking part', x: 44, y: 311, anchor: 'start', rotated: false });
    expect(row?.cells.map((c) => [c.editionId, c.label?.text, c.label?.x, c.label?.y, c.bar])).toEqual([
      ['I', '16', 69, 325, null],
      ['II', '—', 119, 325, null],
      ['III', '—', 294, 325, null],
      ['IV', '—', 494, 325, null],
    ]);
  });

  it('switches to small bars, titled with the maximum, when the numbers do not fit', () => {
    const { slots } = editionSlots(years, 44, 94);
    const [row] = layoutScaleStrip(rows, slots, 44, 300);
    expect(row?.mode).toBe('bars');
    expect(row?.title.text).toBe('Cities taking part (bars; up to 16)');
    expect(row?.cells[0]?.bar).toMatchObject({ x: 45, y: 316, width: 3, height: 11 });
    // Not reported stays a dash, never a bar.
    expect(row?.cells[1]).toMatchObject({ bar: null, label: { text: '—' } });
  });

  it('says so when a measure was not published in the years shown', () => {
    const later = axisYears(index, 2010, null);
    const { slots } = editionSlots(later, 44, 344);
    const [row] = layoutScaleStrip(scaleContext(index, axisEditions(later), 'minor-victims'), slots, 44, 0);
    expect(row?.title.text).toBe('Cities taking part: not published in these years');
  });
});

describe('layoutGapLabel', () => {
  it('lies across a band wide enough, upright in a narrow one, on two lines in a short plot', () => {
    expect(layoutGapLabel('no operation', 0, 100, 20, 100)).toEqual([
      { text: 'no operation', x: 50, y: 73.9, anchor: 'middle', rotated: false },
    ]);
    expect(layoutGapLabel('no operation', 0, 40, 20, 100)).toEqual([
      { text: 'no operation', x: 23.9, y: 70, anchor: 'middle', rotated: true },
    ]);
    expect(layoutGapLabel('no results published', 0, 40, 20, 100)).toEqual([
      { text: 'no results', x: 17.9, y: 70, anchor: 'middle', rotated: true },
      { text: 'published', x: 29.9, y: 70, anchor: 'middle', rotated: true },
    ]);
  });
});

describe('gapLabelBackdrop', () => {
  it('covers the label from ascender to descender, 2 px wider each side, in the label’s own frame', () => {
    // "no operation" at 11 px is 64.2 px wide in Public Sans (the committed widths), plus 2 × 2 of padding.
    const [across] = layoutGapLabel('no operation', 0, 100, 20, 100);
    expect(across && gapLabelBackdrop(across)).toEqual({ x: 15.9, y: 64.1, width: 68.2, height: 13 });
    // An upright label gets the same box about its own point; the marks turn it with the text.
    const [upright] = layoutGapLabel('no operation', 0, 40, 20, 100);
    expect(upright && gapLabelBackdrop(upright)).toEqual({ x: -10.2, y: 60.2, width: 68.2, height: 13 });
  });
});
