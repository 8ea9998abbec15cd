import { startTransition, useEffect, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { useNearViewport } from './use-near-viewport';

type Loaded = { kind: 'loading' } | { kind: 'loaded'; Panel: ComponentType } | { kind: 'failed'; error: Error };

/**
 * A panel whose code is its own chunk: it loads right after the first complete view or when the panel
 * nears the viewport, shows a skeleton of its final size until then (no layout shift), and tells the
 * panel whether it is on screen (off-screen panels take filter changes deferred).
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
    load().then(
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
