/**
 * The MSW server for Vitest: the same handlers as the browser worker, plus the map outlines from
 * node_modules. Tests start it with useMockServer() (tests/support/mock-server.ts) and add a
 * scenario with `server.use(...scenarioHandlers('error'))`.
 */
import { setupServer } from 'msw/node';
import { atlasHandler } from './atlas-handler';
import { createHandlers } from './handlers';

export const server = setupServer(...createHandlers(), atlasHandler);
