/**
 * The summary image's cards as exact numbers: the grid, the lines every card reserves, where each
 * part of a card sits, and how a box taller or shorter than the cards' own height is filled.
 */
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/charts/text-width';
import type { Edition } from '../../../src/data/types';
import type { AxisYear } from '../../../src/domain/time-axis';
import { summaryCardsHeight, summaryCardsLayout } from '../../../src/features/summary/summary-cards-layout';
import type { SummaryCardSpec } from '../../../src/features/summary/summary-cards-layout';

const YEARS: AxisYear[] = [
  { year: 2010, editions: [{ id: 'IV', year: 2010 } as Edition], gap: null },
  { year: 2011, editions: [{ id: 'V', year: 2011 } as Edition], gap: null },
];

function card(label: string, overrides: Partial<SummaryCardSpec> = {}): SummaryCardSpec {
  return {
    label,
    value: '59',
    state: '',
    sample: false,
    change: '+1 vs 58',
    selected: false,
    spark: {
      years: YEARS,
      points: [
        { editionId: 'IV', value: 58, state: 'reported' },
        { editionId: 'V', value: 59, state: 'reported' },
      ],
      breakBeforeIds: [],
      focusEditionId: 'V',
    },
    ...overrides,
  };
}

// Five cards at 600 wide: four columns of (600 − 3 × 16) / 4 = 138, text 114 wide inside the padding.
// One label takes two lines, one card has a state: every card reserves 2 label lines and 1 state line.
const CARDS = [
  card('Exploitation suspects', { selected: true }),
  card('Minor victims', { value: '200+', state: 'Lower bound' }),
  card('Traffickers'),
  card('Arrests', { value: '—', state: 'Not reported' }),
  card('Missing children'),
];
const SPAN = { first: 2010, last: 2011 };

describe('summaryCardsLayout', () => {
  // 12 + 2 × 18 (label) + 38 (value) + 16 (state) + 16 (change) + 8 + 40 (sparkline) + 14 (years) + 12.
  const CARD_HEIGHT = 192;

  it('asks for two rows of cards of one height at the natural size', () => {
    expect(summaryCardsHeight(CARDS, 600)).toBe(2 * CARD_HEIGHT + 16);
    const layout = summaryCardsLayout(CARDS, SPAN, { width: 600, height: null });
    expect([layout.width, layout.height]).toEqual([600, 400]);
    expect(layout.transform).toEqual({ x: 0, y: 0, scale: 1 });
    expect(layout.cards.map((c) => c.box)).toEqual([
      { x: 0, y: 0, width: 138, height: CARD_HEIGHT },
      { x: 154, y: 0, width: 138, height: CARD_HEIGHT },
      { x: 308, y: 0, width: 138, height: CARD_HEIGHT },
      { x: 462, y: 0, width: 138, height: CARD_HEIGHT },
      { x: 0, y: 208, width: 138, height: CARD_HEIGHT },
    ]);
    expect(layout.cards.map((c) => c.selected)).toEqual([true, false, false, false, false]);
  });

  it('puts each part of a card on the same line in every card, so the values line up', () => {
    const [first, second] = summaryCardsLayout(CARDS, SPAN, { width: 600, height: null }).cards;
    // Baselines: the cap height (0.7 em) centred in each line box.
    expect(first?.label.lines).toEqual([
      { text: 'Exploitation', x: 12, y: 25.9 },
      { text: 'suspects', x: 12, y: 43.9 },
    ]);
    expect(second?.label.lines).toEqual([{ text: 'Minor victims', x: 166, y: 25.9 }]);
    expect(first?.value.lines).toEqual([{ text: '59', x: 12, y: 77.5 }]);
    expect(second?.value.lines).toEqual([{ text: '200+', x: 166, y: 77.5 }]);
    expect(first?.state.lines).toEqual([]);
    expect(second?.state.lines).toEqual([{ text: 'Lower bound', x: 166, y: 98.2 }]);
    expect(second?.change.lines).toEqual([{ text: '+1 vs 58', x: 166, y: 114.2 }]);
    expect(second?.sparkAt).toEqual({ x: 166, y: 126 });
    expect([second?.spark.width, second?.spark.height]).toEqual([114, 40]);
    const lastX = Math.round((166 + 114 - textWidth('2011', 11, 'regular')) * 10) / 10;
    expect(second?.years.map((block) => block.lines)).toEqual([[{ text: '2010', x: 166, y: 176.9 }], [{ text: '2011', x: lastX, y: 176.9 }]]);
  });

  it('gives a taller box to the sparklines, up to 96 px, and centres the rest', () => {
    // 100 px more than needed: 50 per row, the sparklines 90 tall.
    const taller = summaryCardsLayout(CARDS, SPAN, { width: 600, height: 500 });
    expect(taller.cards[0]?.spark.height).toBe(90);
    expect([taller.height, taller.transform]).toEqual([500, { x: 0, y: 0, scale: 1 }]);
    // Far more: the sparklines stop at 96 (cards 248 tall, grid 512) and the grid is centred.
    const tall = summaryCardsLayout(CARDS, SPAN, { width: 600, height: 1000 });
    expect(tall.cards[0]?.spark.height).toBe(96);
    expect([tall.height, tall.transform]).toEqual([512, { x: 0, y: 244, scale: 1 }]);
  });

  it('scales the whole grid down into a shorter box, centred, rather than cut it', () => {
    const short = summaryCardsLayout(CARDS, SPAN, { width: 600, height: 200 });
    expect(short.height).toBe(400);
    expect(short.transform).toEqual({ x: 150, y: 0, scale: 0.5 });
  });

  it('draws a single year once', () => {
    const one = summaryCardsLayout([card('Arrests')], { first: 2011, last: 2011 }, { width: 300, height: null });
    expect(one.cards[0]?.years).toHaveLength(1);
    expect(one.cards[0]?.box.width).toBe(300);
  });
});
