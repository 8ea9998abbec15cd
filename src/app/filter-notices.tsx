import { useFilterActions, useFilterNotices } from '../state/filters-store';
import { NoticeList } from '../ui/notice-list';

/** Values dropped from the URL (or a dataset that failed to load), each with a Dismiss button. */
export function FilterNotices() {
  const notices = useFilterNotices();
  const { dismissNotice } = useFilterActions();
  return <NoticeList label="Notices about the view" notices={notices} onDismiss={dismissNotice} />;
}
