import type { HeadlineCard as HeadlineCardModel } from '../../domain/headline';
import type { AxisYear } from '../../domain/time-axis';
import { SampleDataMark } from '../../ui/sample-data-mark';
import { SourceCitation } from '../../ui/source-citation';
import { ValueText } from '../../ui/value-text';
import { CardSparkline } from './card-sparkline';

/**
 * One key figure. Its face is what a reader takes in at a glance, in lines of fixed height (the value,
 * its state, the change in two lines at most, the trend over every edition), so no card grows or
 * shrinks when the focus edition changes and nothing on the page moves. What the figure counts in the
 * release's own words, the whole comparison, the trend in words and the sources are one click (or
 * Enter) away in the details.
 */
export function HeadlineCard({
  card,
  years,
  focusEditionId,
}: {
  card: HeadlineCardModel;
  years: readonly AxisYear[];
  focusEditionId: string;
}) {
  const titleId = `headline-${card.metric.id}`;
  const stateLine = card.state === 'synthetic' ? <SampleDataMark /> : card.stateBrief;
  return (
    <article
      className={`headline-card${card.selected ? ' headline-card--selected' : ''}`}
      aria-labelledby={titleId}
      data-state={card.state}
      data-metric={card.metric.id}
    >
      <h3 id={titleId} className="headline-card__title">
        {card.metric.shortLabel}
      </h3>
      <p className="headline-card__value">
        <ValueText display={card.display} spoken={card.spoken} />
      </p>
      <p className={`headline-card__state state-label state-label--${card.state}`}>{stateLine}</p>
      <p className="headline-card__change" data-kind={card.comparison.kind}>
        {card.comparisonBrief}
      </p>
      <CardSparkline series={card.trend} years={years} focusEditionId={focusEditionId} description={card.trendText} />
      <details className="headline-card__details">
        <summary>
          Sources ({card.sources.length})
          <span className="visually-hidden"> and release wording for {card.metric.shortLabel}</span>
        </summary>
        {card.state === 'approximate' ? <p className="headline-card__state-text">{card.stateText}</p> : null}
        {card.wording ? <p className="headline-card__wording">Release: “{card.wording}”</p> : null}
        {card.comparisonText !== card.comparisonBrief ? <p className="headline-card__comparison">{card.comparisonText}</p> : null}
        {card.sources.length > 0 ? (
          <ul>
            {card.sources.map((source) => (
              <li key={source.id}>
                <SourceCitation source={source} />
              </li>
            ))}
          </ul>
        ) : (
          <p>No source: this figure was not reported.</p>
        )}
      </details>
    </article>
  );
}
