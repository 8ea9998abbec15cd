import { useMemo } from 'react';
import { editionSources } from '../../domain/sources';
import { editionName } from '../../domain/format';
import { usePanelViewState } from '../../ui/panel-visibility';
import { PanelStatus } from '../../ui/panel-status';
import { SourceCitation } from '../../ui/source-citation';

/** Every source behind the focus edition's figures, with what each one supports. */
export function SourcesPanel() {
  const { view, status, error, retry } = usePanelViewState();
  const index = view?.index;
  const edition = view?.focus;
  const sources = useMemo(() => (index && edition ? editionSources(index, edition) : undefined), [index, edition]);

  if (!view) {
    if (status === 'error') {
      return <PanelStatus kind="error" title="The sources could not be loaded" error={error} onRetry={retry} />;
    }
    return <p className="sources__loading">Loading sources…</p>;
  }
  if (!edition || !sources) {
    return <PanelStatus kind="empty" title="This dataset has no edition with results, so no sources to list." />;
  }
  return (
    <div className="sources" data-view-edition={edition.id}>
      <p>
        {sources.length} sources support the figures of {editionName(edition)}: each entry names the outlet,
        the date and what it supports.
      </p>
      <ol className="sources__list">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <SourceCitation source={source} />
            <p className="sources__summary">{source.summary}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
