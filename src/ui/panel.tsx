import type { ReactNode } from 'react';

/** A titled region of the page; panels are landmarks so screen-reader users can jump between them. */
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
  return (
    // tabIndex -1: the skip link and in-page links can move focus here, while Tab passes it by.
    <section id={id} tabIndex={-1} className={`panel ${className ?? ''}`} aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 id={`${id}-title`} className="panel__title">
          {title}
        </h2>
        {actions}
      </header>
      {children}
    </section>
  );
}
