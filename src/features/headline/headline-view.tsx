import type { Edition, Metric } from '../../data/types';
import type { HeadlineCard as HeadlineCardModel } from '../../domain/headline';
import type { AxisYear } from '../../domain/time-axis';
import { editionName, formatEditionDates } from '../../domain/format';
import { SourceRefs } from '../../ui/source-refs';
import { HeadlineCard } from './headline-card';
import type { OfficeFigure } from '../../domain/office-figures';
import type { ScaleFact } from '../../domain/scale-facts';
import { OfficeFiguresTable } from './office-figures-table';

export interface HeadlineViewProps {
  edition: Edition;
  /** Every edition's name: the longest holds its place, so the dates after it stay put when the edition changes. */
  editionNames: readonly string[];
  metric: Metric;
  summary: string;
  cards: HeadlineCardModel[];
  /** Every year of the dataset: the cards' sparklines share it. */
  years: AxisYear[];
  scale: ScaleFact[];
  offices: OfficeFigure[];
}

/**
 * Stateless: the focus edition in one plain sentence and big numbers, then the caveat that goes with
 * them and the operation's scale. The sentence has room for three lines and the cards fixed faces, so
 * a change of edition moves nothing; the texts whose length varies by metric come after the cards.
 */
export function HeadlineView({ edition, editionNames, metric, summary, cards, years, scale, offices }: HeadlineViewProps) {
  return (
    <div className="headline" data-view-edition={edition.id}>
      <p className="headline__edition">
        National figures ·{' '}
        <span className="headline__edition-name">
          <strong>{editionName(edition)}</strong>
          {/* Invisible, stacked in the same grid cell: the cell is as wide as the longest name, in any font. */}
          {editionNames.map((name) => (
            <strong key={name} className="headline__edition-ghost" aria-hidden="true">
              {name}
            </strong>
          ))}
        </span>{' '}
        ·{' '}
        {formatEditionDates(edition)}
      </p>
      <p className="headline__summary" data-testid="headline-summary">
        {summary}
      </p>
      <div className="headline__cards">
        {cards.map((card) => (
          <HeadlineCard key={card.metric.id} card={card} years={years} focusEditionId={edition.id} />
        ))}
      </div>
      <p className="headline__caveat">
        <strong>{metric.label}:</strong> {metric.description}
      </p>
      {scale.length > 0 ? (
        <p className="headline__scale">
          Scale of the operation, where published:{' '}
          {scale.map((fact, i) => (
            <span key={fact.metricId}>
              {i > 0 ? ', ' : ''}
              {fact.display} {fact.label} <SourceRefs sources={fact.sources} />
            </span>
          ))}
          .
        </p>
      ) : (
        <p className="headline__scale">The release published no figures on the operation’s scale.</p>
      )}
      <OfficeFiguresTable edition={edition} metric={metric} figures={offices} />
    </div>
  );
}
