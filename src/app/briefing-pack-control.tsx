import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { View } from '../domain/resolve-view';
import { downloadBlob } from '../export/download';
import type { PanelImage } from '../export/composition-types';
import { useViewState } from '../state/view-context';
import { buildImageExport, buildTableExports } from './panel-exports';
import type { ImagePanel } from './panel-exports';

/** The chart panels in the page's reading order, as messages name them. */
const IMAGE_PANELS: readonly { panel: ImagePanel; label: string }[] = [
  { panel: 'trends', label: 'the trends' },
  { panel: 'office-map', label: 'the field-office map' },
];

type Progress = { kind: 'idle' } | { kind: 'busy'; message: string } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Every panel's export from the View, whether or not the panel has loaded; a failure leaves one panel out. */
async function makePack(view: View, client: QueryClient): Promise<string> {
  const [images, tables, kit] = await Promise.all([
    Promise.allSettled(IMAGE_PANELS.map(({ panel }) => buildImageExport(panel, view, client))),
    buildTableExports(view).then(
      (files) => ({ files, failed: null }),
      (error: unknown) => ({ files: [], failed: `the breakdown tables (${reason(error)})` }),
    ),
    import('../export/run-briefing-pack'),
  ]);
  const built: PanelImage[] = [];
  const leftOut: string[] = [];
  images.forEach((result, i) => {
    if (result.status === 'fulfilled') built.push(result.value);
    else leftOut.push(`${IMAGE_PANELS[i]?.label ?? 'a chart'} (${reason(result.reason)})`);
  });
  if (tables.failed !== null) leftOut.push(tables.failed);
  const pack = await kit.renderBriefingPack(built, tables.files);
  downloadBlob(pack.blob, pack.fileName);
  const contents = `${plural(pack.images, 'image', 'images')} as PNG and SVG with alt text, ${plural(pack.tables, 'table', 'tables')} as CSV`;
  return `Saved ${pack.fileName}: ${contents}.${leftOut.length > 0 ? ` Left out: ${leftOut.join('; ')}.` : ''}`;
}

/**
 * One button that downloads the briefing pack: every chart panel as a 2× PNG and an SVG, each one's
 * alt text, and the breakdown tables' CSV as displayed, in one ZIP. Progress is announced in a status
 * line and a failure in an alert; while busy the button stays focusable but does nothing.
 */
export function BriefingPackControl() {
  const { view, status } = useViewState();
  const client = useQueryClient();
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  // As in the Export menu: the alert is inserted on the first failure (an inserted alert is announced).
  const [hasFailed, setHasFailed] = useState(false);
  const busy = progress.kind === 'busy';
  // A pack asked for before the data arrived is made as soon as they do, rather than refused.
  const waiting = useRef<{ resolve: (view: View) => void; reject: (error: Error) => void }[]>([]);
  useEffect(() => {
    const waiters = waiting.current.splice(0);
    if (view) waiters.forEach((waiter) => waiter.resolve(view));
    else if (status === 'error') waiters.forEach((waiter) => waiter.reject(new Error('the data could not be loaded')));
    else waiting.current.push(...waiters);
  }, [view, status]);

  const start = (): void => {
    if (busy) return;
    setProgress({ kind: 'busy', message: view ? 'Preparing the briefing pack…' : 'Waiting for the data to load…' });
    const shown = view ? Promise.resolve(view) : new Promise<View>((resolve, reject) => waiting.current.push({ resolve, reject }));
    shown.then((ready) => makePack(ready, client)).then(
      (message) => setProgress({ kind: 'done', message }),
      (error: unknown) => {
        setHasFailed(true);
        setProgress({ kind: 'failed', message: `The briefing pack failed: ${reason(error)}` });
      },
    );
  };

  return (
    <div className="briefing-pack">
      <div className="briefing-pack__row">
        <p className="briefing-pack__text">
          <strong>Briefing pack:</strong> the trends and the map as PNG and SVG with their alt text, and the
          tables as CSV, in one ZIP.
        </p>
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={start}>
          Download briefing pack
        </button>
      </div>
      <p className="briefing-pack__status" role="status">
        {progress.kind === 'busy' || progress.kind === 'done' ? progress.message : ''}
      </p>
      {hasFailed ? (
        <p className="briefing-pack__error" role="alert">
          {progress.kind === 'failed' ? progress.message : ''}
        </p>
      ) : null}
    </div>
  );
}
