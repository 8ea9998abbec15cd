/**
 * The summary image's cards from the headline cards (src/domain/headline.ts): the same label, value
 * as displayed ("—" not reported, "200+" a lower bound), state in a few words, brief change and the
 * national series over every edition, so the image says exactly what the page's cards say.
 */
import type { HeadlineCard } from '../../domain/headline';
import type { AxisYear } from '../../domain/time-axis';
import { SAMPLE_MARK_TEXT } from '../../export/composition-text';
import type { SummaryCardSpec } from './summary-cards-layout';

export function summaryCardSpecs(cards: readonly HeadlineCard[], years: readonly AxisYear[], focusEditionId: string): SummaryCardSpec[] {
  return cards.map((card) => {
    // A generated value carries the SAMPLE DATA mark on its card, as on the page.
    const sample = card.state === 'synthetic';
    return {
      label: card.metric.shortLabel,
      value: card.display,
      state: sample ? SAMPLE_MARK_TEXT : card.stateBrief,
      sample,
      change: card.comparisonBrief,
      selected: card.selected,
      spark: {
        years,
        points: card.trend.points.map((point) => ({ editionId: point.edition.id, value: point.value, state: point.state })),
        breakBeforeIds: card.trend.breaks.map((change) => change.after.id),
        focusEditionId,
      },
    };
  });
}
