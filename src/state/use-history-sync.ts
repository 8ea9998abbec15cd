import { useEffect } from 'react';
import { useViewStore } from './view-store';

/** Back and Forward: the store reads the address bar again (it already did at start). */
export function useHistorySync(): void {
  const readUrl = useViewStore((state) => state.readUrl);
  useEffect(() => {
    window.addEventListener('popstate', readUrl);
    return () => window.removeEventListener('popstate', readUrl);
  }, [readUrl]);
}
