import { useRef } from 'react';
import type { ReactNode } from 'react';
import { PanelVisibilityProvider, useOnScreen } from './panel-visibility';

/**
 * A titled region of the page; panels are landmarks so screen-reader users can jump between them.
 * It tells its content whether it is on screen: off screen, filter changes wait (panel-visibility.tsx).
 */
export function Panel({
  id,
  title,
  actions,
  children,
  className,
}: {
  id: string;
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(ref);
  return (
    // tabIndex -1: the skip link and in-page links can move focus here, while Tab passes it by.
    <section ref={ref} id={id} tabIndex={-1} className={`panel ${className ?? ''}`} aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 id={`${id}-title`} className="panel__title">
          {title}
        </h2>
        {actions}
      </header>
      <PanelVisibilityProvider visible={onScreen}>{children}</PanelVisibilityProvider>
    </section>
  );
}
