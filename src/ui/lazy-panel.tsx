import { startTransition, useEffect, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { useNearViewport } from './use-near-viewport';

type Loaded = { kind: 'loading' } | { kind: 'loaded'; Panel: ComponentType } | { kind: 'failed'; error: Error };

/**
 * A panel whose code is not the first view's (the build puts the panels' code in one chunk,
 * scripts/chunk-groups.ts): it loads right after the first complete view or when the panel nears the
 * viewport, and shows a skeleton of its final size until then (no layout shift). Panels
 * loading at the same time are revealed together (loadTogether below). Whether the panel is on screen
 * is told by the Panel around it (src/ui/panel.tsx).
 *
 * The module is awaited here rather than through React.lazy and Suspense: a Suspense boundary that
 * reveals its content is held back by React's fallback throttle (about 300 ms), which would leave a
 * loaded panel waiting for nothing. A chunk that fails to load is thrown to the panel's error boundary.
 */
export function LazyPanel({
  load,
  skeleton,
  loadMargin,
  className,
}: {
  load: () => Promise<ComponentType>;
  skeleton: ReactNode;
  /** How far outside the viewport loading starts, as an IntersectionObserver rootMargin. */
  loadMargin: string;
  className?: string;
}) {
  const { ref, near } = useNearViewport<HTMLDivElement>(loadMargin);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    if (!near) return;
    let current = true;
    loadTogether(load).then(
      (Panel) => current && startTransition(() => setLoaded({ kind: 'loaded', Panel })),
      (error: unknown) => current && setLoaded({ kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [near, load]);

  if (loaded.kind === 'failed') throw loaded.error;
  const { Panel } = loaded.kind === 'loaded' ? loaded : { Panel: null };
  return (
    <div ref={ref} className={className}>
      {Panel ? <Panel /> : skeleton}
    </div>
  );
}

/**
 * The panels whose code is loading at the same time (right after the first view, the trends, the map,
 * the tables and the sources) are revealed together, once the last of them has loaded: one render,
 * one commit, one layout and paint of the page, instead of one per panel, each laying out and
 * painting the growing page again.
 */
let loading = 0;
const waiting: (() => void)[] = [];

function loadTogether(load: () => Promise<ComponentType>): Promise<ComponentType> {
  loading += 1;
  return new Promise<ComponentType>((resolve, reject) => {
    load()
      .then(
        (Panel) => waiting.push(() => resolve(Panel)),
        (error: unknown) => waiting.push(() => reject(error instanceof Error ? error : new Error(String(error)))),
      )
      .finally(() => {
        loading -= 1;
        if (loading === 0) for (const reveal of waiting.splice(0)) reveal();
      });
  });
}
