import { useCallback, useMemo, useState } from 'react';
import { MAX_OFFICES } from '../../domain/view-request';
import { useViewStore } from '../../state/view-store';

/**
 * Selecting offices from the map or its list. The selection lives in the URL (so every panel
 * follows); it holds at most MAX_OFFICES, and the URL would drop any more, so a click past the limit
 * explains itself instead of adding.
 */
export function useOfficeSelection(selectedIds: readonly string[]) {
  const toggleOffice = useViewStore((state) => state.toggleOffice);
  const navigate = useViewStore((state) => state.navigate);
  const [message, setMessage] = useState('');
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  const toggle = useCallback(
    (id: string) => {
      const full = !selectedIds.includes(id) && selectedIds.length >= MAX_OFFICES;
      setMessage(full ? `Up to ${MAX_OFFICES} offices can be selected: clear one first.` : '');
      if (!full) toggleOffice(id);
    },
    [selectedIds, toggleOffice],
  );
  const clear = useCallback(() => {
    setMessage('');
    navigate({ offices: [] });
  }, [navigate]);
  return { selected, count: selectedIds.length, message, toggle, clear };
}
