import { useCallback, useEffect, useState } from 'react';
import type { Dataset } from '../../data/types';
import { notice } from '../../domain/view-notices';
import { DEFAULT_VIEW_REQUEST } from '../../domain/view-request';
import { isYourData } from '../../domain/your-data';
import { useViewState } from '../../state/view-context';
import { useViewStore } from '../../state/view-store';
import type { ComponentType } from 'react';
import type { ImportFlowProps } from './import-flow';
import { loadImportFlow } from './load-import-flow';
import { useLoadRequests } from './load-requests';
import { useFileDrop } from './use-file-drop';

const loadBar = () => import('./your-data-bar');

type BarProps = { dataset: Dataset; leave: (message: string) => void };

/** The YOUR DATA bar, whose code is fetched only when an analyst's figures are on screen. */
function LazyYourDataBar({ dataset }: { dataset: Dataset }) {
  const [Bar, setBar] = useState<ComponentType<BarProps> | null>(null);
  const correct = useViewStore((state) => state.correct);
  const request = useViewStore((state) => state.request);
  useEffect(() => {
    void loadBar().then((module) => setBar(() => module.YourDataBar));
  }, []);
  const leave = (message: string): void =>
    correct({ ...request, dataset: DEFAULT_VIEW_REQUEST.dataset }, [notice('dataset', dataset.manifest.id, message)]);
  return Bar ? <Bar dataset={dataset} leave={leave} /> : null;
}

/**
 * Where the import lives on the page: the YOUR DATA bar while an analyst's figures are shown, the
 * drop target (the whole window) with its overlay, and the import's own code — dialog and report —
 * fetched the first time the reader asks for it.
 */
export function YourDataHost() {
  const dataset = useViewState().view?.index.dataset;
  const { request, report, ask, close, setStorage, dismissReport } = useLoadRequests();
  const active = request !== null || report !== null;
  const dragging = useFileDrop(ask);
  const navigate = useViewStore((state) => state.navigate);
  const showDataset = useCallback((dataset: string) => navigate({ dataset }), [navigate]);
  const [flow, setFlow] = useState<{ Flow: ComponentType<ImportFlowProps> } | { failed: string } | null>(null);
  useEffect(() => {
    if (!active || flow !== null) return;
    loadImportFlow().then(
      (module) => setFlow({ Flow: module.ImportFlow }),
      (error: unknown) => setFlow({ failed: error instanceof Error ? error.message : String(error) }),
    );
  }, [active, flow]);

  return (
    <>
      {dataset && isYourData(dataset.manifest) ? <LazyYourDataBar key={dataset.manifest.id} dataset={dataset} /> : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p className="drop-overlay__text">Drop the file to load your data</p>
        </div>
      ) : null}
      {flow !== null && 'Flow' in flow ? (
        <flow.Flow request={request} report={report} close={close} setStorage={setStorage} dismissReport={dismissReport} showDataset={showDataset} />
      ) : null}
      {flow !== null && 'failed' in flow && active ? (
        <p className="load-report load-report--error" role="alert">
          The import could not be started: {flow.failed}. Reload the page and try again.
        </p>
      ) : null}
    </>
  );
}
