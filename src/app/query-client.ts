import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Under the mocks there is no real network: 'always' stops TanStack Query from pausing
        // requests while the browser believes it is offline (docs/DESIGN.md §2).
        networkMode: import.meta.env.DEV ? 'always' : 'online',
        refetchOnWindowFocus: false,
      },
    },
  });
}
