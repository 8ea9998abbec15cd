import { useQuery } from '@tanstack/react-query';
import { loadSuppressor } from '../domain/suppression';

/**
 * The suppressor once release mode is asked for: loaded then, and kept. A page without release mode
 * never loads it; a failed load is an error the page shows with Retry, never a view without it.
 */
export function useSuppressor(needed: boolean) {
  const query = useQuery({
    queryKey: ['release-mode-code'],
    queryFn: loadSuppressor,
    enabled: needed,
    staleTime: Infinity,
    gcTime: Infinity,
    // A function is not data to compare: keep what was loaded as it is.
    structuralSharing: false,
  });
  return { suppressor: needed ? query.data : undefined, error: needed ? query.error : null, retry: query.refetch };
}
