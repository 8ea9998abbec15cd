import type { ViewTask } from './use-view-task';

/** A view task's status line and, once it has failed, its alert; `block` names their CSS classes. */
export function TaskStatus({ task, block }: { task: ViewTask; block: string }) {
  const { progress } = task;
  return (
    <>
      <p className={`${block}__status`} role="status">
        {progress.kind === 'busy' || progress.kind === 'done' ? progress.message : ''}
      </p>
      {task.hasFailed ? (
        <p className={`${block}__error`} role="alert">
          {progress.kind === 'failed' ? progress.message : ''}
        </p>
      ) : null}
    </>
  );
}
