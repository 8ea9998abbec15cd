/** Types for chromium-path.mjs, shared by the e2e support code. */
export declare const DEFAULT_CHROMIUM_PATH: string;
export declare const INSTALL_COMMAND: string;
export declare const CHROMIUM_ARGS: readonly string[];
export declare function chromiumCandidates(env?: NodeJS.ProcessEnv): string[];
export declare function findChromium(env?: NodeJS.ProcessEnv): string | null;
export declare function chromiumVersion(path: string): string;
