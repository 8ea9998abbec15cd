export interface NoticeItem {
  id: string;
  message: string;
}

import { useRef } from 'react';

/**
 * Dismissible notices, e.g. a URL value that was dropped. Announced politely to screen readers.
 * Dismissing moves focus to the next notice's button (or the list), never dropping it on <body>.
 */
export function NoticeList({
  notices,
  onDismiss,
  label,
}: {
  notices: NoticeItem[];
  onDismiss: (id: string) => void;
  label: string;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const dismiss = (id: string, position: number): void => {
    onDismiss(id);
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    const next = buttons?.[position + 1] ?? buttons?.[position - 1];
    if (next) next.focus();
    else listRef.current?.focus();
  };
  return (
    <div ref={listRef} tabIndex={-1} className="notice-list" role="status" aria-live="polite" aria-label={label}>
      {notices.map((notice, position) => (
        <p key={notice.id} className="notice">
          <span className="notice__text">{notice.message}</span>
          <button type="button" className="button button--quiet" onClick={() => dismiss(notice.id, position)}>
            Dismiss<span className="visually-hidden"> notice: {notice.message}</span>
          </button>
        </p>
      ))}
    </div>
  );
}
