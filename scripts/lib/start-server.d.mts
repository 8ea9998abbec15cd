/** Types for start-server.mjs, used by the e2e global setup. */
export interface StaticServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:40123`. */
  url: string;
  pid: number;
  /** Sends SIGTERM to the server's process group and waits for it to exit (SIGKILL after 5 s). */
  stop: () => Promise<void>;
}
export declare function startStaticServer(options: {
  dir: string;
  port?: number;
  cwd?: string;
  timeoutMs?: number;
}): Promise<StaticServer>;
