import { useEffect, useId, useState } from 'react';
import type { PanelImage } from '../../export/composition-types';
import { DEFAULT_EXPORT_CHOICE, EXPORT_CHOICES } from '../../export/export-choices';
import type { ExportChoice } from '../../export/export-choices';
import { startExport } from './start-export';
import { useMenuButton } from './use-menu-button';

export interface ExportMenuProps {
  /** What is exported, in words: "trends chart" names the button "Export trends chart". */
  subject: string;
  /** Builds the export (input and file name) from the view on screen, only when an export is chosen. */
  buildExport: () => Promise<PanelImage>;
  /** Called when the menu opens: a chance to fetch the export code before a choice is made. */
  onOpen?: () => void;
  /** True while the panel has nothing to export (loading, error). */
  disabled?: boolean;
}

type Progress = { kind: 'idle' } | { kind: 'busy'; label: string } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

const LABELS = EXPORT_CHOICES.map((choice) => choice.label);
const DEFAULT_INDEX = EXPORT_CHOICES.findIndex((choice) => choice.id === DEFAULT_EXPORT_CHOICE);

/**
 * The Export control of a chart panel: a menu button with PNG 1×, 2× (default), 4×, a 1920×1080
 * slide, SVG and Copy image. Progress is announced in a status line, failures in an alert, both kept
 * inside this control: a failed export never reaches the panel's error boundary.
 */
export function ExportMenu({ subject, buildExport, onOpen, disabled = false }: ExportMenuProps) {
  const ids = useId();
  const { open, buttonRef, itemRefs, close, onButtonClick, onButtonKeyDown, onMenuKeyDown, onBlur } = useMenuButton(
    LABELS,
    DEFAULT_INDEX,
  );
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  // The alert exists from the first failure on: an inserted alert is announced, and an empty one
  // from the start would sit in the panel's region beside the panel's own alerts for nothing.
  const [hasFailed, setHasFailed] = useState(false);
  const busy = progress.kind === 'busy';
  useEffect(() => {
    if (open) onOpen?.();
  }, [open, onOpen]);
  const unavailable = disabled || busy;

  const choose = (choice: ExportChoice): void => {
    close(true);
    setProgress({ kind: 'busy', label: choice.name });
    startExport(choice, buildExport).then(
      (message) => setProgress({ kind: 'done', message }),
      (error: unknown) => {
        setHasFailed(true);
        setProgress({ kind: 'failed', message: `The export failed: ${error instanceof Error ? error.message : String(error)}` });
      },
    );
  };

  return (
    <div className="export-menu" onBlur={onBlur}>
      <div className="export-menu__anchor">
        <button
          ref={buttonRef}
          type="button"
          className="button button--quiet export-menu__button"
          aria-label={`Export ${subject}`}
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={open ? `${ids}-menu` : undefined}
          aria-disabled={unavailable || undefined}
          onClick={unavailable ? undefined : onButtonClick}
          onKeyDown={unavailable ? undefined : onButtonKeyDown}
        >
          Export
        </button>
        {open ? (
          <ul id={`${ids}-menu`} className="export-menu__list" role="menu" aria-label={`Export ${subject} as`} onKeyDown={onMenuKeyDown}>
            {EXPORT_CHOICES.map((choice, i) => (
              <li key={choice.id} role="none">
                <button
                  ref={(element) => {
                    itemRefs.current[i] = element;
                  }}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="export-menu__item"
                  onClick={() => choose(choice)}
                >
                  {choice.label}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="export-menu__status" role="status">
        {progress.kind === 'busy' ? `Preparing ${progress.label}…` : progress.kind === 'done' ? progress.message : ''}
      </p>
      {hasFailed ? (
        <p className="export-menu__error" role="alert">
          {progress.kind === 'failed' ? progress.message : ''}
        </p>
      ) : null}
    </div>
  );
}
