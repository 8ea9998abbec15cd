/** Types for csp.mjs, so TypeScript tests can import the one header definition. */
export declare const CSP_DIRECTIVES: readonly string[];
export declare const CONTENT_SECURITY_POLICY: string;
export declare const SECURITY_HEADERS: Readonly<{
  'Content-Security-Policy': string;
  'X-Content-Type-Options': string;
  'Referrer-Policy': string;
  'Cross-Origin-Opener-Policy': string;
}>;
