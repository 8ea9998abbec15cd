#!/usr/bin/env node
/**
 * Serves the production build the way a static host would, with the security headers the build must
 * run under (docs/DESIGN.md §7). No dependencies: node:http only.
 *
 *   node scripts/serve.mjs [--port N] [--dir dist] [--host 127.0.0.1]
 *
 * Port: --port, else $PORT, else 4173. Port 0 picks a free port. Once listening it prints exactly one
 * line, `Serving <dir> on http://HOST:PORT`, which the e2e harness and the benchmark wait for.
 * SIGTERM and SIGINT close the server and exit 0.
 */
import console from 'node:console';
import process from 'node:process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticHandler } from './lib/static-handler.mjs';

const DEFAULT_PORT = 4173;

function readOptions() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      dir: { type: 'string', default: 'dist' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const portText = values.port ?? process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new Error(`invalid port "${portText}" (expected 0–65535)`);
  }
  return { port, dir: resolve(values.dir), host: values.host };
}

function main() {
  let options;
  try {
    options = readOptions();
  } catch (error) {
    console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const { port, dir, host } = options;
  if (!existsSync(resolve(dir, 'index.html'))) {
    console.error(`serve: ${dir}/index.html not found. Build first: node_modules/.bin/vite build`);
    process.exit(1);
  }

  const server = createServer(createStaticHandler({ root: dir }));
  server.on('error', (error) => {
    console.error(`serve: cannot listen on ${host}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address !== null ? address.port : port;
    const label = relative(process.cwd(), dir) || '.';
    console.log(`Serving ${label.startsWith('..') ? dir : label} on http://${host}:${actualPort}`);
  });

  // Keep-alive connections (a browser holds several) would keep close() waiting: drop them.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main();
