/**
 * The MSW server for Vitest: the same handlers as the browser worker. Tests call
 * `server.listen({ onUnhandledRequest: 'error' })`, `server.use(...scenarioHandlers('error'))` and
 * `server.resetHandlers()`.
 */
import { setupServer } from 'msw/node';
import { atlasHandler } from './atlas-handler';
import { createHandlers } from './handlers';

export const server = setupServer(...createHandlers(), atlasHandler);
