import { useMemo } from 'react';
import { pageReleaseNotice } from '../../domain/release-notes';
import { useViewState } from '../../state/view-context';

/**
 * The page's release-mode notice, under the filters while it is on: what the page withholds, counted
 * over the cells it shows (each export says the same of what it shows). A status, so a screen reader hears it when
 * release mode is switched on.
 */
export function ReleaseNote() {
  const { view } = useViewState();
  const notice = useMemo(() => (view ? pageReleaseNotice(view) : null), [view]);
  return (
    <p className="release-note" role="status" hidden={notice === null}>
      {notice}
    </p>
  );
}
