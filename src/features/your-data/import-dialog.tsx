import { useEffect, useId, useRef } from 'react';
import { ChooseStep } from './choose-step';
import { MappingStep } from './mapping-step';
import { ProblemsStep } from './problems-step';
import { ProgressStep } from './progress-step';
import { useImportFlow } from './use-import-flow';
import type { FlowRequests, ImportRunner } from './use-import-flow';

/**
 * The import as one modal dialog (the native <dialog>: focus kept inside, Escape to leave, focus back
 * where it was): choose a file, watch it read and checked (Cancel ends the worker), map its columns,
 * or read its problems. An accepted file closes the dialog and the dashboard shows it.
 */
export function ImportDialog({ file, runner, today, ...requests }: { file: File | null; runner?: ImportRunner; today?: () => Date } & FlowRequests) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const flow = useImportFlow(file, requests, runner, today);
  const { step } = flow;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute('open', '');
    return () => {
      // jsdom has no close(); a browser always does.
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);
  // A new step moves focus to its heading's dialog, so a screen reader reads the new content.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || step.kind === 'choose') return;
    const target = dialog.querySelector<HTMLElement>('[data-autofocus], .import-dialog__actions .button');
    target?.focus();
  }, [step.kind]);

  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby={titleId}
      // Escape: the dialog's cancel event; the flow closes it (ending a validation in progress).
      onCancel={(event) => {
        event.preventDefault();
        flow.cancel();
      }}
    >
      {step.kind === 'choose' ? <ChooseStep titleId={titleId} onChoose={flow.choose} onClose={flow.cancel} /> : null}
      {step.kind === 'working' ? <ProgressStep titleId={titleId} fileName={step.fileName} progress={step.progress} onCancel={flow.cancel} /> : null}
      {step.kind === 'mapping' ? (
        <MappingStep
          titleId={titleId}
          fileName={step.file.name}
          result={step.result}
          initial={step.mapping}
          metrics={flow.metrics}
          onApply={(mapping) => flow.applyMapping(step.file, step.result, mapping)}
          onCancel={flow.cancel}
        />
      ) : null}
      {step.kind === 'problems' ? (
        <ProblemsStep
          titleId={titleId}
          result={step.result}
          onRemap={step.result.columns.length > 0 ? () => flow.editMapping(step.file, step.result) : null}
          onAnother={flow.back}
          onClose={flow.cancel}
        />
      ) : null}
      {step.kind === 'failed' ? (
        <>
          <h2 id={titleId} className="import-dialog__title">
            {step.fileName} could not be checked
          </h2>
          <p role="alert">{step.message}. Nothing has changed on the dashboard.</p>
          <div className="import-dialog__actions">
            <button type="button" className="button" onClick={flow.back}>
              Choose another file
            </button>
            <button type="button" className="button button--quiet" onClick={flow.cancel}>
              Close
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
