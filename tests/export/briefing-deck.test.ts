/**
 * The briefing deck built for real with pptxgenjs (in jsdom: the library needs no browser API when
 * handed PNG bytes), then opened as a ZIP and read as XML (tests/support/pptx.ts): a title slide and
 * one 16:9 slide per image, each picture's alt text its summary sentence, each slide's sources in its
 * notes. The rasteriser is replaced (jsdom has no canvas) by one that returns a real 1×1 PNG.
 */
import { describe, expect, it, vi } from 'vitest';
import { briefingDeckFileName, chartSlideNotes, PPTX_MIME_TYPE, titleSlideText } from '../../src/export/deck-text';
import type { DeckTitle } from '../../src/export/deck-text';
import type { PanelImage } from '../../src/export/composition-types';
import { renderBriefingDeck } from '../../src/export/run-briefing-deck';
import { readPptx } from '../support/pptx';
import { fixtureInput } from './export-fixture';

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

const TITLE: DeckTitle = {
  dataset: { id: 'published', kind: 'published', title: 'Published OCC figures', version: '1.0.0', asOf: '2026-11-28' },
  filters: ['Metric: Minor victims recovered or identified', 'Focus edition: OCC XIII (2023)', 'Years of the trends: 2008–2023', 'Field offices: FBI Denver'],
  summary: 'OCC XIII (2023) reported 59 minor victims, down 25 (30%) from 84 in OCC XII (2022).',
  sample: false,
  viewUrl: 'https://occ.example.gov/?offices=denver',
  yourData: null,
  fileTag: 'published',
  releaseNotes: [],
  internal: false,
  releaseTag: null,
};

const image = (panel: string, title: string, summary: string, sample = false): PanelImage => ({
  name: { dataset: 'published', panel, metric: 'minor-victims', period: { edition: 'XIII' }, offices: [] },
  input: fixtureInput({ title, summary, sample }),
});

const IMAGES = [
  image('summary', 'Key figures at a glance, OCC XIII (2023)', 'OCC XIII (2023) reported 59 minor victims & “more”.'),
  image('trends', 'Minor victims, by edition', 'National minor victims, 2008–2023: 13 of 13 editions reported a figure.'),
  image('office-map', 'Minor victims, by field office', 'Minor victims by field office, OCC XIII (2023): 3 of 56 offices reported.'),
];

async function build(title = TITLE, images = IMAGES) {
  const rasterise = vi.fn(() => Promise.resolve(new Blob([PNG], { type: 'image/png' })));
  const deck = await renderBriefingDeck(title, images, { rasterise, fontCss: '' });
  return { deck, rasterise, file: readPptx(new Uint8Array(await deck.blob.arrayBuffer())) };
}

describe('the briefing deck', () => {
  it('is a 16:9 .pptx named after the dataset and its as-of date: a title slide, then one slide per image', async () => {
    const { deck, file, rasterise } = await build();
    expect([deck.fileName, deck.blob.type, deck.charts]).toEqual(['occ_published_briefing-deck_2026-11-28.pptx', PPTX_MIME_TYPE, 3]);
    expect(file.slideSize).toEqual({ cx: 9144000, cy: 5143500 });
    expect(file.slides).toHaveLength(4);
    // Each image drawn once as the 1920 × 1080 slide composition, and that PNG is the slide's picture.
    expect(rasterise.mock.calls.map((call: unknown[]) => call.slice(1))).toEqual([
      [1920, 1080],
      [1920, 1080],
      [1920, 1080],
    ]);
    for (const slide of file.slides.slice(1)) {
      expect(slide.pictures).toHaveLength(1);
      expect(slide.pictures[0]?.media).toEqual(PNG);
    }
  });

  it('gives each chart’s picture its summary sentence as alt text, escaped and read back whole', async () => {
    const { file } = await build();
    expect(file.slides.slice(1).map((slide) => slide.pictures[0]?.descr)).toEqual(IMAGES.map((i) => i.input.summary));
  });

  it('puts each chart’s sources, as-of date and view link in its notes, one source a line', async () => {
    const { file } = await build();
    const notes = file.slides[1]?.notes.split('\r\n');
    expect(notes).toEqual([
      'Sources:',
      '• FBI National Press Office, 1 Aug 2023, https://www.fbi.gov/news/press-releases/occ-xiii',
      '• FBI National Press Office, 28 Jul 2022, https://www.fbi.gov/news/press-releases/occ-xii',
      '',
      'Data as of 28 Nov 2026 · Published OCC figures, version 1.0.0',
      'Reproduce this view: https://occ.example.gov/?metric=minor-victims',
    ]);
    const [first] = IMAGES;
    if (first) expect(file.slides[1]?.notes).toBe(chartSlideNotes(first.input).replaceAll('\n', '\r\n'));
  });

  it('opens with the dataset, the filters in words, the as-of date and the summary sentence', async () => {
    const { file } = await build();
    const title = file.slides[0];
    expect(title?.pictures).toEqual([]);
    expect(title?.texts).toEqual([
      'Cross Country Outcomes: briefing',
      'Results of the FBI’s Operation Cross Country against child sex trafficking',
      TITLE.summary,
      ...TITLE.filters,
      'Data as of 28 Nov 2026 · Published OCC figures, version 1.0.0',
      'Published figures, compiled from FBI releases and news reports; every figure is cited in the notes.',
      'Reproduce this view: https://occ.example.gov/?offices=denver',
    ]);
    expect(title?.texts).not.toContain('SAMPLE DATA');
  });

  it('marks a deck with generated figures SAMPLE DATA on its title slide', async () => {
    const sample: DeckTitle = { ...TITLE, sample: true, fileTag: 'sample', dataset: { ...TITLE.dataset, id: 'sample', kind: 'sample', title: 'Sample dataset' } };
    const { file, deck } = await build(sample, [image('trends', 'Minor victims, by edition', 'Sample trend.', true)]);
    expect(deck.fileName).toBe('occ_sample_briefing-deck_2026-11-28.pptx');
    expect(file.slides).toHaveLength(2);
    const texts = file.slides[0]?.texts ?? [];
    expect(texts).toContain('SAMPLE DATA');
    expect(texts).toContain(titleSlideText(sample).origin);
    expect(texts).toContain('SAMPLE DATA: values in this deck are generated for demonstration and are not published figures.');
  });

  it('marks an analyst’s own data YOUR DATA on its title slide and in its file name', async () => {
    const note = 'YOUR DATA — not published: figures from the file denver-results.xlsx, loaded 4 Dec 2026; not published by the FBI.';
    const yours: DeckTitle = {
      ...TITLE,
      yourData: note,
      fileTag: 'your-data-denver-results-loaded-2026-12-04',
      dataset: { ...TITLE.dataset, id: 'local-denver-results-1a2b', kind: 'imported', title: 'denver-results.xlsx, loaded 4 Dec 2026', asOf: '2026-12-04' },
    };
    const { file, deck } = await build(yours, [image('trends', 'Minor victims, by edition', 'A trend.')]);
    expect(deck.fileName).toBe('occ_your-data-denver-results-loaded-2026-12-04_briefing-deck_2026-12-04.pptx');
    const texts = file.slides[0]?.texts ?? [];
    expect(texts).toContain('YOUR DATA — not published');
    expect(texts).toContain(note);
    expect(texts).not.toContain('SAMPLE DATA');
  });

  it('says release mode on its title slide and in its file name, and INTERNAL for an analyst’s data with it off', async () => {
    const notice = 'Release mode: Counts 1–9 shown as <10; 3 further cells hidden so hidden counts cannot be worked out.';
    const released = await build({ ...TITLE, releaseNotes: [notice], releaseTag: 'suppress-10' });
    expect(released.deck.fileName).toBe('occ_suppress-10_published_briefing-deck_2026-11-28.pptx');
    expect(released.file.slides[0]?.texts).toContain(notice);
    const internalSentence = 'INTERNAL — NOT FOR RELEASE: an analyst’s own figures.';
    const internal = await build({
      ...TITLE,
      internal: true,
      releaseNotes: [internalSentence],
      releaseTag: 'internal-not-for-release',
      yourData: 'YOUR DATA — not published: figures from the file d.csv, loaded 4 Dec 2026; not published by the FBI.',
      fileTag: 'your-data-d-loaded-2026-12-04',
      dataset: { ...TITLE.dataset, id: 'local-d-1', kind: 'imported', title: 'd.csv, loaded 4 Dec 2026', asOf: '2026-12-04' },
    });
    expect(internal.deck.fileName).toBe('occ_internal-not-for-release_your-data-d-loaded-2026-12-04_briefing-deck_2026-12-04.pptx');
    const texts = internal.file.slides[0]?.texts ?? [];
    expect(texts).toContain('INTERNAL — NOT FOR RELEASE');
    expect(texts).toContain(internalSentence);
    expect(texts).not.toContain('YOUR DATA — not published');
  });

  it('names the file as the other exports do', () => {
    expect(briefingDeckFileName('my data/2026', '2026-11-28')).toBe('occ_my-data-2026_briefing-deck_2026-11-28.pptx');
  });
});
