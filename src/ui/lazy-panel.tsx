import { Suspense } from 'react';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import { PanelVisibilityProvider, useOnScreen } from './panel-visibility';
import { useNearViewport } from './use-near-viewport';

/**
 * A panel whose code is its own chunk: it loads after the first complete view (when idle) or when
 * the panel nears the viewport, shows a skeleton of its final size until then (no layout shift), and
 * tells the panel whether it is on screen (off-screen panels take filter changes deferred).
 */
export function LazyPanel({
  panel: Panel,
  skeleton,
  loadMargin,
  className,
}: {
  panel: LazyExoticComponent<ComponentType>;
  skeleton: ReactNode;
  /** How far outside the viewport loading starts, as an IntersectionObserver rootMargin. */
  loadMargin: string;
  className?: string;
}) {
  const { ref, near } = useNearViewport<HTMLDivElement>(loadMargin);
  const onScreen = useOnScreen(ref);
  return (
    <div ref={ref} className={className}>
      {near ? (
        <PanelVisibilityProvider visible={onScreen}>
          <Suspense fallback={skeleton}>
            <Panel />
          </Suspense>
        </PanelVisibilityProvider>
      ) : (
        skeleton
      )}
    </div>
  );
}
