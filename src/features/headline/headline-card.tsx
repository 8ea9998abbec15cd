import type { HeadlineCard as HeadlineCardModel } from '../../domain/headline';
import { SampleDataMark } from '../../ui/sample-data-mark';
import { SourceCitation } from '../../ui/source-citation';
import { ValueText } from '../../ui/value-text';

/** One key figure: value with its state, the release's wording, the change, and its sources. */
export function HeadlineCard({ card }: { card: HeadlineCardModel }) {
  const titleId = `headline-${card.metric.id}`;
  const showStateLabel = card.state !== 'reported';
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
      {showStateLabel ? (
        <p className={`state-label state-label--${card.state}`}>
          {card.state === 'synthetic' ? <SampleDataMark /> : card.stateText}
        </p>
      ) : null}
      {card.wording ? <p className="headline-card__wording">Release: “{card.wording}”</p> : null}
      <p className="headline-card__change" data-kind={card.comparison.kind}>
        {card.comparisonText}
      </p>
      {card.sources.length > 0 ? (
        <details className="headline-card__sources">
          <summary>
            Sources ({card.sources.length})
            <span className="visually-hidden"> for {card.metric.shortLabel}</span>
          </summary>
          <ul>
            {card.sources.map((source) => (
              <li key={source.id}>
                <SourceCitation source={source} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
