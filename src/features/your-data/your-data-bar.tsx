import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Dataset } from '../../data/types';
import { isLocalDatasetId, yourDataDetail } from '../../domain/your-data';
import { YourDataMark } from '../../ui/your-data-mark';

const loadActions = () => import('./your-data-actions');

type Status = { kind: 'idle' } | { kind: 'busy' | 'done' | 'failed'; message: string };

/**
 * Under the filters whenever an analyst's own figures are on screen: the YOUR DATA mark with the
 * file's name and load date, "Download as data package", and for a dataset kept in this browser
 * "Remove this dataset", which asks first (the file itself is not touched). `leave` switches the page
 * to the published figures before the dataset is forgotten (the host passes it: see load-import-flow.ts).
 */
export function YourDataBar({ dataset, leave }: { dataset: Dataset; leave: (message: string) => void }) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const keepButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const { manifest } = dataset;
  const local = isLocalDatasetId(manifest.id);

  const download = (): void => {
    setStatus({ kind: 'busy', message: 'Preparing the data package…' });
    loadActions()
      .then((actions) => actions.downloadPackage(dataset))
      .then(
        (fileName) => setStatus({ kind: 'done', message: `Saved ${fileName}: the data package with its README.` }),
        (error: unknown) => setStatus({ kind: 'failed', message: `The data package failed: ${error instanceof Error ? error.message : String(error)}` }),
      );
  };
  const remove = (): void => {
    setConfirming(false);
    // The page switches away first (the address bar entry replaced, so Back does not lead to it), then forgets it.
    leave(`Removed “${manifest.title}” from this browser; showing the published figures.`);
    void loadActions().then((actions) => actions.removeDataset(client, manifest));
  };

  return (
    <section className="your-data-bar" aria-label="Your data" tabIndex={-1}>
      <p className="your-data-bar__mark">
        <YourDataMark detail={yourDataDetail(manifest)} />
      </p>
      <div className="your-data-bar__actions">
        <button type="button" className="button button--quiet" onClick={download}>
          Download as data package
        </button>
        {local ? (
          <button
            ref={removeButton}
            type="button"
            className="button button--quiet"
            aria-expanded={confirming}
            onClick={() => {
              setConfirming(true);
              // The question's safe answer takes focus, so Enter twice never removes by accident.
              requestAnimationFrame(() => keepButton.current?.focus());
            }}
          >
            Remove this dataset
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div className="your-data-bar__confirm" role="group" aria-label="Remove this dataset?">
          <p>
            Remove “{manifest.title}” from this browser? The page then shows the published figures. Your file is not
            touched; load it again to see it here.
          </p>
          <button type="button" className="button" onClick={remove}>
            Remove
          </button>
          <button
            ref={keepButton}
            type="button"
            className="button button--quiet"
            onClick={() => {
              setConfirming(false);
              removeButton.current?.focus();
            }}
          >
            Keep it
          </button>
        </div>
      ) : null}
      <p className="your-data-bar__status" role="status">
        {status.kind === 'busy' || status.kind === 'done' ? status.message : ''}
      </p>
      {status.kind === 'failed' ? (
        <p className="your-data-bar__error" role="alert">
          {status.message}
        </p>
      ) : null}
    </section>
  );
}
