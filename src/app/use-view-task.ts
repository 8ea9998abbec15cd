import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { View } from '../domain/resolve-view';
import { useViewState } from '../state/view-context';

export type TaskProgress =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

export interface ViewTask {
  progress: TaskProgress;
  /** The alert is inserted on the first failure (an inserted alert is announced), then kept. */
  hasFailed: boolean;
  busy: boolean;
  start: () => void;
}

export const errorReason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * A download made from the resolved View on a click (the briefing pack, the briefing deck): progress
 * for a status line, a failure for an alert. One asked for before the data arrived is made as soon
 * as they do, rather than refused; while busy, another click does nothing. `run` resolves to the
 * status line's closing message.
 */
export function useViewTask(name: string, run: (view: View, client: QueryClient) => Promise<string>): ViewTask {
  const { view, status } = useViewState();
  const client = useQueryClient();
  const [progress, setProgress] = useState<TaskProgress>({ kind: 'idle' });
  const [hasFailed, setHasFailed] = useState(false);
  const busy = progress.kind === 'busy';
  const waiting = useRef<{ resolve: (view: View) => void; reject: (error: Error) => void }[]>([]);
  useEffect(() => {
    const waiters = waiting.current.splice(0);
    if (view) waiters.forEach((waiter) => waiter.resolve(view));
    else if (status === 'error') waiters.forEach((waiter) => waiter.reject(new Error('the data could not be loaded')));
    else waiting.current.push(...waiters);
  }, [view, status]);

  const start = (): void => {
    if (busy) return;
    setProgress({ kind: 'busy', message: view ? `Preparing the ${name}…` : 'Waiting for the data to load…' });
    const shown = view ? Promise.resolve(view) : new Promise<View>((resolve, reject) => waiting.current.push({ resolve, reject }));
    shown.then((ready) => run(ready, client)).then(
      (message) => setProgress({ kind: 'done', message }),
      (error: unknown) => {
        setHasFailed(true);
        setProgress({ kind: 'failed', message: `The ${name} failed: ${errorReason(error)}` });
      },
    );
  };
  return { progress, hasFailed, busy, start };
}
