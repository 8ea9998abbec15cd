import { useMemo } from 'react';
import { useDataset } from '../../api/use-dataset';
import { editionSources } from '../../domain/edition-sources';
import { focusEdition } from '../../domain/editions';
import { editionName } from '../../domain/format';
import { useFiltersStore } from '../../state/filters-store';
import { PanelStatus } from '../../ui/panel-status';
import { SourceCitation } from '../../ui/source-citation';

/** Every source behind the focus edition's figures, with what each one supports. */
export function SourcesPanel() {
  const datasetId = useFiltersStore((state) => state.filters.dataset);
  const editionId = useFiltersStore((state) => state.filters.edition);
  const { index, status, error, refetch } = useDataset(datasetId);

  const model = useMemo(() => {
    if (!index) return undefined;
    const edition = focusEdition(index, editionId);
    return edition ? { edition, sources: editionSources(index, edition) } : undefined;
  }, [index, editionId]);

  if (status === 'error' && !index) {
    return <PanelStatus kind="error" title="The sources could not be loaded" error={error} onRetry={refetch} />;
  }
  if (!index) return <p className="sources__loading">Loading sources…</p>;
  if (!model) return <PanelStatus kind="empty" title="This dataset has no edition with results, so no sources to list." />;
  return (
    <div className="sources">
      <p>
        {model.sources.length} sources support the figures of {editionName(model.edition)}: each entry
        names the outlet, the date and what it supports.
      </p>
      <ol className="sources__list">
        {model.sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <SourceCitation source={source} />
            <p className="sources__summary">{source.summary}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
