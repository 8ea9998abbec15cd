/** The MSW node server (the same handlers the dev worker uses), started for one test file. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../../mocks/node';

/** Starts the mock server for the file's tests; handlers a test adds are reset after each test. */
export function useMockServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
