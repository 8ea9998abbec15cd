// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { composeExport, SLIDE } from '../../src/export/compose-export';
import { chromeHeight, EXPORT_STYLE } from '../../src/export/composition-layout';
import { sourcesText, subtitleText } from '../../src/export/composition-text';
import { textWidth } from '../../src/charts/text-width';
import { SAMPLE_COLOUR, YOUR_DATA_COLOUR } from '../../src/charts/theme';
import { fixtureInput } from './export-fixture';

describe('composeExport, natural size', () => {
  const { layout, outputWidth, outputHeight } = composeExport(fixtureInput());

  it('stacks title, filters, summary, legend, chart and footer at exact positions', () => {
    expect([outputWidth, outputHeight]).toEqual([1200, 594]);
    expect(layout.title.lines).toEqual([{ text: 'Minor victims identified or located, by edition', x: 40, y: 65.1 }]);
    expect(layout.subtitle.lines).toEqual([{ text: 'Minor victims identified or located · 2008–2023 · National', x: 40, y: 92.6 }]);
    expect(layout.summary.lines.map((l) => l.y)).toEqual([123.8]);
    expect(layout.legend.map((item) => [item.swatch.x, item.swatch.y, item.label.lines[0]?.text])).toEqual([
      [40, 148, 'Reported'],
      [144.5, 148, 'Lower bound or approximate (published as "more than N" or "nearly N")'],
      [623.2, 148, 'Not reported'],
    ]);
    expect(layout.chart).toEqual({ x: 40, y: 177, width: 1120, height: 300 });
    expect(layout.rule).toEqual({ x1: 40, x2: 1160, y: 493 });
    expect(layout.footer.map((block) => block.lines.map((l) => l.y))).toEqual([[515.7], [532.7], [549.7]]);
    expect(layout.badge).toBeNull();
  });

  it('keeps every line inside the margins', () => {
    const blocks = [layout.title, layout.subtitle, layout.summary, ...layout.footer, ...layout.legend.map((i) => i.label)];
    for (const block of blocks) {
      for (const line of block.lines) {
        expect(line.x + textWidth(line.text, block.style.fontSize, block.style.weight)).toBeLessThanOrEqual(1200 - EXPORT_STYLE.margin);
      }
    }
  });

  it('grows with the chart and with long text, never cutting it', () => {
    expect(composeExport(fixtureInput({ chart: { height: 500, draw: () => null } })).outputHeight).toBe(794);
    const long = composeExport(fixtureInput({ summary: 'A very long summary sentence. '.repeat(20) }));
    expect(long.layout.summary.lines).toHaveLength(4);
    expect(long.outputHeight).toBe(594 + 3 * EXPORT_STYLE.summary.lineHeight);
  });
});

describe('the SAMPLE DATA mark', () => {
  it('is drawn top right, with a note in the footer, only for sample values', () => {
    const { layout } = composeExport(fixtureInput({ sample: true }));
    expect(layout.badge?.box).toEqual({ x: 1046.2, y: 40, width: 113.8, height: 26 });
    expect(layout.badge?.label.lines.map((l) => l.text)).toEqual(['SAMPLE DATA']);
    expect(layout.footer.at(-1)?.lines[0]?.text).toMatch(/^SAMPLE DATA: values in this image are generated/);
    expect(composeExport(fixtureInput({ sample: false })).layout.footer.flatMap((b) => b.lines).some((l) => l.text.includes('SAMPLE'))).toBe(false);
  });

  it('narrows the title so the two never overlap', () => {
    const title = 'A title long enough to run under the sample mark if it were allowed the full width of the image';
    const { layout } = composeExport(fixtureInput({ sample: true, title }));
    const badgeLeft = layout.badge?.box.x ?? 0;
    for (const line of layout.title.lines) {
      expect(line.x + textWidth(line.text, 26, 'bold')).toBeLessThanOrEqual(badgeLeft - 16);
    }
    expect(layout.title.lines).toHaveLength(2);
  });
});

describe('composeExport, slide', () => {
  it('lays the composition out in 16:9 and gives the chart the rest of the height', () => {
    const slide = composeExport(fixtureInput(), 'slide');
    expect([slide.outputWidth, slide.outputHeight]).toEqual([SLIDE.pixelWidth, SLIDE.pixelHeight]);
    expect([slide.layout.width, slide.layout.height]).toEqual([1200, 675]);
    // 675 − (594 − 300): the same chrome as the natural layout.
    expect(slide.layout.chart).toEqual({ x: 40, y: 177, width: 1120, height: 381 });
  });

  it('grows the frame (keeping 16:9) when the text would leave the chart under 45 % of the height', () => {
    const sources = Array.from({ length: 24 }, (_, i) => ({
      outlet: `FBI field office release ${i + 1}`,
      date: '2019-10-01',
      url: `https://www.fbi.gov/contact-us/field-offices/office-${i + 1}/news`,
    }));
    const slide = composeExport(fixtureInput({ sources }), 'slide');
    expect(slide.layout.width / slide.layout.height).toBeCloseTo(16 / 9, 10);
    // Grown by 3/8: 1650 × 928.125 user units, still drawn at 1920 × 1080 px.
    expect(slide.layout.width).toBe(1650);
    expect(slide.outputWidth).toBe(1920);
    expect(slide.layout.chart.height).toBeGreaterThanOrEqual(0.45 * slide.layout.height);
    // …and it grows no more than it must: one step smaller (1.25 × 1200) leaves the chart too little.
    const smaller = { width: 1500, height: 843.75 };
    expect(smaller.height - chromeHeight(fixtureInput({ sources }), smaller.width)).toBeLessThan(0.45 * smaller.height);
  });

  it('never cuts text off: beyond three times the size it shows a taller composition whole', () => {
    const summary = 'A summary far too long for any slide. '.repeat(1500);
    const slide = composeExport(fixtureInput({ summary }), 'slide');
    expect(slide.layout.width).toBe(3600);
    expect(slide.layout.height).toBeGreaterThan(2025);
    expect(slide.layout.chart.height).toBe(911.3); // 45 % of 2025, to 0.1 px
    expect([slide.outputWidth, slide.outputHeight]).toEqual([1920, 1080]);
    const lastLine = slide.layout.footer.at(-1)?.lines.at(-1);
    expect(lastLine?.y).toBeLessThan(slide.layout.height);
  });
});

describe('composition text', () => {
  it('joins the filters and cites each source once, with its date', () => {
    expect(subtitleText(['Minor victims', ' ', '2008–2023', 'National'])).toBe('Minor victims · 2008–2023 · National');
    const fbi = { outlet: 'FBI', date: '2017-10', url: 'https://www.fbi.gov/x' };
    expect(sourcesText([fbi, fbi])).toBe('Source: FBI, Oct 2017, https://www.fbi.gov/x.');
    expect(sourcesText([fbi, { outlet: 'DOJ', date: '', url: '' }])).toBe('Sources: FBI, Oct 2017, https://www.fbi.gov/x; DOJ, undated.');
    expect(sourcesText([])).toBe('Sources: none listed for these values.');
  });
});

describe('the YOUR DATA mark', () => {
  const note = 'YOUR DATA — not published: figures from the file denver-results.xlsx, loaded 4 Dec 2026; not published by the FBI.';

  it('is drawn top right in its own colour, and the footer ends with the file, the load date and "not published by the FBI"', () => {
    const { layout } = composeExport(fixtureInput({ yourData: note }));
    expect(layout.badge?.label.lines.map((l) => l.text)).toEqual(['YOUR DATA — not published']);
    expect(layout.badge?.colour).toBe(YOUR_DATA_COLOUR);
    expect(layout.badge?.colour).not.toBe(SAMPLE_COLOUR);
    expect(layout.footer.at(-1)?.lines.map((l) => l.text).join(' ')).toBe(note);
  });

  it('is absent from published figures', () => {
    const { layout } = composeExport(fixtureInput());
    expect(layout.badge).toBeNull();
    expect(layout.footer.flatMap((b) => b.lines).some((l) => l.text.includes('YOUR DATA'))).toBe(false);
  });
});

describe('release mode and the INTERNAL mark', () => {
  const yourData = 'YOUR DATA — not published: figures from the file denver-results.xlsx, loaded 4 Dec 2026; not published by the FBI.';
  const internal = "INTERNAL — NOT FOR RELEASE: an analyst's own figures with release mode off, so counts under 10 are shown as they are; turn on release mode before anything leaves the building.";
  const footerText = (layout: ReturnType<typeof composeExport>['layout']) => layout.footer.map((b) => b.lines.map((l) => l.text).join(' '));

  it("draws INTERNAL — NOT FOR RELEASE in place of the YOUR DATA badge, and both sentences close the footer", () => {
    const { layout } = composeExport(fixtureInput({ yourData, internal: true, releaseNotes: [internal] }));
    expect(layout.badge?.label.lines.map((l) => l.text)).toEqual(['INTERNAL — NOT FOR RELEASE']);
    expect(footerText(layout).slice(-2)).toEqual([yourData, internal]);
  });

  it("closes the footer with release mode's notice", () => {
    const notice = 'Release mode: Counts 1–9 shown as <10; 1 further cell hidden so hidden counts cannot be worked out.';
    const { layout } = composeExport(fixtureInput({ releaseNotes: [notice] }));
    expect(layout.badge).toBeNull();
    expect(footerText(layout).at(-1)).toBe(notice);
  });
});
