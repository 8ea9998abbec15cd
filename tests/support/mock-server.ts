/**
 * The one MSW setup for tests: the node server (the same handlers the dev worker uses, plus the
 * map outlines), listening for the file's tests. Tests take the server from here, not from
 * mocks/node, so every file starts, resets and stops it the same way.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../../mocks/node';

/**
 * Starts the mock server for the file's tests and returns it; handlers a test adds with
 * `server.use(...)` (a scenario, a missing atlas) are reset after each test. A request no handler
 * answers fails the test.
 */
export function useMockServer(): typeof server {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
