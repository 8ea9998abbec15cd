import { useMemo } from 'react';
import { pageReleaseNotice } from '../../domain/page-release-notice';
import { useViewState } from '../../state/view-context';

/**
 * The words of the page's release-mode notice: what the page withholds, counted over the cells it
 * shows (each export says the same of what it shows). The status region around it is the app's
 * (app.tsx), present from the first view, so a screen reader hears the notice when release mode is
 * switched on; these words and their counting are loaded only then.
 */
export function ReleaseNoticeText() {
  const { view } = useViewState();
  const notice = useMemo(() => (view ? pageReleaseNotice(view) : null), [view]);
  return notice;
}
