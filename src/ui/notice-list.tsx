export interface NoticeItem {
  id: string;
  message: string;
}

/** Dismissible notices, e.g. a URL value that was dropped. Announced politely to screen readers. */
export function NoticeList({
  notices,
  onDismiss,
  label,
}: {
  notices: NoticeItem[];
  onDismiss: (id: string) => void;
  label: string;
}) {
  return (
    <div className="notice-list" role="status" aria-live="polite" aria-label={label}>
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span className="notice__text">{notice.message}</span>
          <button type="button" className="button button--quiet" onClick={() => onDismiss(notice.id)}>
            Dismiss<span className="visually-hidden"> notice: {notice.message}</span>
          </button>
        </p>
      ))}
    </div>
  );
}
