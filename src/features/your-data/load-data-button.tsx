import { loadImportFlow } from './load-import-flow';
import { useLoadRequests } from './load-requests';

/**
 * "Load your data", beside the dataset choice. A pointer over it or focus on it starts fetching the
 * import's code, so the dialog opens without a wait; nothing of the import is in the first view.
 */
export function LoadDataButton() {
  const ask = useLoadRequests((state) => state.ask);
  const prefetch = (): void => void loadImportFlow();
  return (
    <div className="field field--action">
      <button type="button" className="button button--quiet" onClick={() => ask(null)} onPointerEnter={prefetch} onFocus={prefetch}>
        Load your data
      </button>
    </div>
  );
}
