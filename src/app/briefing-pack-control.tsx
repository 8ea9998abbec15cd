import { useState } from 'react';
import { exportOffers, missingPanels, whenPanelsOffer } from '../export/export-registry';
import { downloadBlob } from '../export/download';

/** The panels that offer files to the pack, in the page's reading order, as messages name them. */
const PANELS = [
  { panel: 'trends', label: 'the trends' },
  { panel: 'office-map', label: 'the field-office map' },
  { panel: 'breakdown', label: 'the breakdown tables' },
] as const;
const PANEL_ORDER = PANELS.map((p) => p.panel);
/** Panels load when idle after the first view; a pack asked for earlier waits this long for them. */
const WAIT_FOR_PANELS_MS = 10_000;

type Progress = { kind: 'idle' } | { kind: 'busy'; message: string } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

const labelsOf = (panels: readonly string[]): string =>
  panels.map((panel) => PANELS.find((p) => p.panel === panel)?.label ?? panel).join(', ');

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

async function makePack(onProgress: (message: string) => void): Promise<string> {
  const waiting = missingPanels(PANEL_ORDER);
  if (waiting.length > 0) onProgress(`Waiting for ${labelsOf(waiting)} to load…`);
  const missing = await whenPanelsOffer(PANEL_ORDER, WAIT_FOR_PANELS_MS);
  onProgress('Preparing the briefing pack…');
  const kit = await import('../export/run-briefing-pack');
  const pack = await kit.renderBriefingPack(exportOffers(PANEL_ORDER));
  downloadBlob(pack.blob, pack.fileName);
  const contents = `${plural(pack.images, 'image', 'images')} as PNG and SVG with alt text, ${plural(pack.tables, 'table', 'tables')} as CSV`;
  const leftOut = [...missing.map((panel) => `${labelsOf([panel])} (not loaded)`), ...pack.failed];
  return `Saved ${pack.fileName}: ${contents}.${leftOut.length > 0 ? ` Left out: ${leftOut.join('; ')}.` : ''}`;
}

/**
 * One button that downloads the briefing pack: every chart panel as a 2× PNG and an SVG, each one's
 * alt text, and the breakdown tables' CSV as displayed, in one ZIP. Progress is announced in a status
 * line and a failure in an alert; while busy the button stays focusable but does nothing.
 */
export function BriefingPackControl() {
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  // As in the Export menu: the alert is inserted on the first failure (an inserted alert is announced).
  const [hasFailed, setHasFailed] = useState(false);
  const busy = progress.kind === 'busy';

  const start = (): void => {
    if (busy) return;
    setProgress({ kind: 'busy', message: 'Preparing the briefing pack…' });
    makePack((message) => setProgress({ kind: 'busy', message })).then(
      (message) => setProgress({ kind: 'done', message }),
      (error: unknown) => {
        setHasFailed(true);
        setProgress({ kind: 'failed', message: `The briefing pack failed: ${error instanceof Error ? error.message : String(error)}` });
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
