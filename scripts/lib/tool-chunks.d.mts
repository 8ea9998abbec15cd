/** Types for tool-chunks.mjs, used by its unit test. */
export interface SizedFile {
  /** Relative to dist, e.g. `assets/index-abc.js`. */
  file: string;
  gzip: number;
}
export interface ToolEntry {
  tool: string;
  entry: RegExp;
}
export declare const TOOL_ENTRIES: readonly ToolEntry[];
export declare function dynamicImports(code: string): string[];
export declare function splitToolChunks(
  distDir: string,
  toolEntries?: readonly ToolEntry[],
): { dashboard: SizedFile[]; tools: { tool: string; files: SizedFile[] }[] };
