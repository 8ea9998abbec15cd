import { useViewStore } from '../state/view-store';
import { NoticeList } from '../ui/notice-list';

/** Values dropped from the URL (or a dataset that failed to load), each with a Dismiss button. */
export function FilterNotices() {
  const notices = useViewStore((state) => state.notices);
  const dismissNotice = useViewStore((state) => state.dismissNotice);
  return <NoticeList label="Notices about the view" notices={notices} onDismiss={dismissNotice} />;
}
