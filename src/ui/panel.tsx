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
    <section className={`panel ${className ?? ''}`} aria-labelledby={`${id}-title`}>
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
