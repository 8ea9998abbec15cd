/**
 * The briefing deck as a PowerPoint file, written in the browser by pptxgenjs (with JSZip, about
 * 125 kB gzip: more than the whole first view). Only run-briefing-deck.ts imports this module,
 * and the app imports that one with a dynamic import on the deck button's click, so the library is
 * a tool chunk of its own (scripts/lib/tool-chunks.mjs) and never part of the dashboard's JS.
 *
 * Slides are 16:9 (10 × 5.625 in). The title slide is text set here; each chart slide is the export
 * composition's 1920 × 1080 PNG over the whole slide, its alt text the chart's summary sentence, and
 * its sources in the speaker notes.
 */
import PptxGenJS from 'pptxgenjs';
import { INK, INK_MUTED, PAPER, SAMPLE_COLOUR, YOUR_DATA_COLOUR } from '../charts/theme';
import { titleSlideNotes, titleSlideText } from './deck-text';
import { bytesToBase64 } from './font-face-css';
import type { DeckTitle } from './deck-text';

/** One chart slide: the composition's PNG, and what a screen reader and a presenter get. */
export interface DeckSlide {
  png: Uint8Array;
  /** The chart's one-sentence summary. */
  altText: string;
  notes: string;
}

const SLIDE = { width: 10, height: 5.625, margin: 0.5 } as const;
/** A face every PowerPoint and Keynote has; the slide images carry their own embedded Public Sans. */
const FONT = 'Arial';
const hex = (colour: string): string => colour.replace('#', '').toUpperCase();

const ORIGIN_COLOUR = { published: INK_MUTED, sample: SAMPLE_COLOUR, imported: YOUR_DATA_COLOUR } as const;

function addTitleSlide(deck: PptxGenJS, title: DeckTitle): void {
  const text = titleSlideText(title);
  const slide = deck.addSlide();
  slide.background = { color: hex(PAPER) };
  const width = SLIDE.width - 2 * SLIDE.margin;
  const x = SLIDE.margin;
  const plain = { fontFace: FONT, color: hex(INK), margin: 0, valign: 'top' } as const;
  // The mark, as on screen: SAMPLE DATA for generated figures, YOUR DATA for an analyst's own.
  // INTERNAL — NOT FOR RELEASE (an analyst's figures with release mode off) is drawn in ink, as in the images.
  const yourDataColour = title.internal ? INK : YOUR_DATA_COLOUR;
  const mark = text.sampleNote ? { words: 'SAMPLE DATA', colour: SAMPLE_COLOUR } : text.yourDataBadge ? { words: text.yourDataBadge, colour: yourDataColour } : null;
  const badge = mark && mark.words.length > 12 ? 2.9 : 1.7;
  slide.addText(text.heading, { ...plain, x, y: 0.4, w: mark ? width - badge - 0.2 : width, h: 0.55, fontSize: mark && badge > 2 ? 22 : 26, bold: true });
  if (mark) {
    slide.addText(mark.words, {
      ...plain,
      x: SLIDE.width - SLIDE.margin - badge,
      y: 0.45,
      w: badge,
      h: 0.4,
      fontSize: 14,
      bold: true,
      color: hex(PAPER),
      fill: { color: hex(mark.colour) },
      align: 'center',
      valign: 'middle',
    });
  }
  slide.addText(text.subheading, { ...plain, x, y: 0.98, w: width, h: 0.3, fontSize: 13, color: hex(INK_MUTED) });
  slide.addText(text.summary, { ...plain, x, y: 1.45, w: width, h: 1.45, fontSize: 18 });
  slide.addText(
    text.filters.map((phrase) => ({ text: phrase, options: { bullet: true, breakLine: true } })),
    { ...plain, x, y: 3.0, w: width, h: 1.15, fontSize: 12, paraSpaceAfter: 2 },
  );
  const footer = [
    { text: text.dataset, options: { breakLine: true } },
    { text: text.origin, options: { breakLine: true, bold: title.dataset.kind !== 'published', color: hex(ORIGIN_COLOUR[title.dataset.kind]) } },
    ...(text.sampleNote ? [{ text: text.sampleNote, options: { breakLine: true, bold: true, color: hex(SAMPLE_COLOUR) } }] : []),
    ...text.releaseNotes.map((note) => ({ text: note, options: { breakLine: true, bold: true, color: hex(INK) } })),
    { text: text.viewLink },
  ];
  // Up to six lines (release mode's notice takes two): PowerPoint shrinks the text rather than let it spill.
  slide.addText(footer, { ...plain, x, y: 4.25, w: width, h: 1.15, fontSize: 10, color: hex(INK_MUTED), paraSpaceAfter: 2, fit: 'shrink' });
  slide.addNotes(titleSlideNotes(title));
}

function addChartSlide(deck: PptxGenJS, chart: DeckSlide): void {
  const slide = deck.addSlide();
  slide.background = { color: hex(PAPER) };
  // The composition is a 16:9 slide already (title, legend, chart, sources, as-of): it fills the slide.
  slide.addImage({ data: `image/png;base64,${bytesToBase64(chart.png)}`, x: 0, y: 0, w: SLIDE.width, h: SLIDE.height, altText: chart.altText });
  slide.addNotes(chart.notes);
}

/** The .pptx file's bytes: the title slide, then one slide per chart in the order given. */
export async function writeBriefingDeck(title: DeckTitle, charts: readonly DeckSlide[]): Promise<Uint8Array<ArrayBuffer>> {
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_16x9';
  deck.title = `${title.dataset.title}: briefing`;
  deck.subject = 'Operation Cross Country outcomes';
  deck.author = 'Cross Country Outcomes';
  addTitleSlide(deck, title);
  for (const chart of charts) addChartSlide(deck, chart);
  // compression: the XML parts deflate well; the PNGs are stored as they are.
  const bytes = await deck.write({ outputType: 'uint8array', compression: true });
  if (!(bytes instanceof Uint8Array)) throw new Error('The PowerPoint library returned no file');
  // A copy typed as a plain ArrayBuffer's view, which a Blob takes (a few megabytes, copied once).
  return new Uint8Array(bytes);
}
