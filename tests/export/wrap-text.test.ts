// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FALLBACK_EM, textUnits, textWidth } from '../../src/charts/text-width';
import { wrapText } from '../../src/export/wrap-text';

describe('textWidth (committed Public Sans widths)', () => {
  it('sums the measured advances, in thousandths of an em', () => {
    expect(textUnits(' ')).toBe(243);
    expect(textUnits('a')).toBe(553);
    expect(textUnits('a b')).toBe(1392.5);
    expect(textUnits('Operation Cross Country')).toBe(11488.5);
    expect(textUnits('Operation Cross Country', 'bold')).toBe(11858);
    expect(textWidth('Hello', 10)).toBeCloseTo(25.04, 10);
  });

  it('gives characters outside the latin subset a full em, and combining marks none', () => {
    expect(textUnits('≈')).toBe(FALLBACK_EM * 1000);
    expect(textUnits('e\u0301')).toBe(textUnits('e'));
  });
});

describe('wrapText', () => {
  const sentence = 'Minor victims identified or located by the FBI and its partners in Operation Cross Country, 2008–2023';

  it('breaks greedily at spaces, the same way every time', () => {
    expect(wrapText(sentence, 300, 16)).toEqual([
      'Minor victims identified or located by',
      'the FBI and its partners in Operation',
      'Cross Country, 2008–2023',
    ]);
    expect(wrapText(sentence, 500, 16)).toEqual([
      'Minor victims identified or located by the FBI and its partners in',
      'Operation Cross Country, 2008–2023',
    ]);
    expect(wrapText(sentence, 200, 16)).toEqual([
      'Minor victims identified or',
      'located by the FBI and its',
      'partners in Operation',
      'Cross Country,',
      '2008–2023',
    ]);
  });

  it('keeps a line that fits exactly and breaks one that is a hair too wide', () => {
    const width = textWidth('OCC XIII', 16);
    expect(width).toBeCloseTo(62.256, 10);
    expect(wrapText('OCC XIII', width, 16)).toEqual(['OCC XIII']);
    expect(wrapText('OCC XIII', width - 0.01, 16)).toEqual(['OCC', 'XIII']);
    // Bold is wider: the same width no longer holds the bold line.
    expect(wrapText('OCC XIII', width, 16, 'bold')).toEqual(['OCC', 'XIII']);
  });

  it('breaks a long URL after / ? & = - and never drops a character', () => {
    const text =
      'Reproduce this view: https://occ.example.gov/dashboard/?dataset=sample&metric=minor-victims&offices=boston,san-juan,miami';
    const lines = wrapText(text, 300, 12);
    expect(lines).toEqual([
      'Reproduce this view:',
      'https://occ.example.gov/dashboard/?dataset=',
      'sample&metric=minor-victims&offices=boston,san-',
      'juan,miami',
    ]);
    expect(lines.slice(1).join('')).toBe(text.slice('Reproduce this view: '.length));
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(300);
  });

  it('breaks a word with no break point between characters', () => {
    expect(wrapText('Supercalifragilisticexpialidocious', 100, 16)).toEqual(['Supercalifra', 'gilisticexpiali', 'docious']);
  });

  it('collapses white space, keeps no-break spaces together, and returns no lines for no text', () => {
    expect(wrapText('  spaced\n\nout\ttext  ', 1000, 16)).toEqual(['spaced out text']);
    expect(wrapText('OCC\u00a0XIII (2023) and OCC\u00a0XII (2022)', 110, 16)).toEqual([
      'OCC\u00a0XIII',
      '(2023) and',
      'OCC\u00a0XII (2022)',
    ]);
    expect(wrapText('', 100, 12)).toEqual([]);
    expect(wrapText(' \n ', 100, 12)).toEqual([]);
  });
});
