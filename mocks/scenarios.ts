/**
 * Scenarios chosen by `?scenario=` (browser) or `server.use(...)` (tests). Each returns handlers to
 * prepend to createHandlers(): they answer the requests the scenario bends and let the rest fall through
 * to the normal handlers (an msw resolver that returns nothing passes the request on).
 *
 *   slow       every data response is delayed by SLOW_DELAY_MS
 *   error      every package file (manifest and tables) answers 500; the catalogue still loads
 *   malformed  observations.csv of the requested package has a negative count, a non-number and a duplicate key
 *   empty      observations.csv of the requested package has only its header (a valid, empty package)
 *   large      the sample package carries some 24,000 extra synthetic observations
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { SAMPLE_ID } from './catalogue';
import { largePackage } from './large-package';
import { packageFiles, samplePackageFiles, type PackageFiles } from './packages';
import { DEFAULT_DATA_BASE_URL, fileResponse, routeBase } from './routes';
import { emptyPackage, malformedPackage, OBSERVATIONS_FILE } from './scenario-packages';

export const SCENARIO_NAMES = ['slow', 'error', 'malformed', 'empty', 'large'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export function isScenarioName(value: string): value is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(value);
}

/** The scenario named by `?scenario=` in a page URL's search, or null when there is none or it is unknown. */
export function scenarioFromSearch(search: string): ScenarioName | null {
  const name = new URLSearchParams(search).get('scenario');
  return name !== null && isScenarioName(name) ? name : null;
}

/** Long enough to see every loading state, short enough not to look broken. */
export const SLOW_DELAY_MS = 2000;

let large: PackageFiles | undefined;
const largeSampleFiles = (): PackageFiles => (large ??= largePackage(samplePackageFiles()));

type PackageParams = { dataset: string; file: string };

/** Serves one file of a package bent by `bend`, for the datasets the mocks know. */
function bentObservations(base: string, bend: (files: PackageFiles) => PackageFiles): HttpHandler {
  return http.get<{ dataset: string }>(`${base}/:dataset/${OBSERVATIONS_FILE}`, ({ params }) => {
    const files = packageFiles(params.dataset);
    const text = files === undefined ? undefined : bend(files)[OBSERVATIONS_FILE];
    return text === undefined ? undefined : fileResponse(OBSERVATIONS_FILE, text);
  });
}

export function scenarioHandlers(name: ScenarioName, baseUrl: string = DEFAULT_DATA_BASE_URL): HttpHandler[] {
  const base = routeBase(baseUrl);
  switch (name) {
    case 'slow':
      return [
        http.all(`${base}/*`, async () => {
          await delay(SLOW_DELAY_MS);
        }),
      ];
    case 'error':
      return [
        http.get<PackageParams>(`${base}/:dataset/:file`, ({ params }) =>
          packageFiles(params.dataset)?.[params.file] === undefined
            ? undefined
            : new HttpResponse('Internal Server Error (mock scenario "error")', {
                status: 500,
                headers: { 'Content-Type': 'text/plain; charset=utf-8' },
              }),
        ),
      ];
    case 'malformed':
      return [bentObservations(base, malformedPackage)];
    case 'empty':
      return [bentObservations(base, emptyPackage)];
    case 'large':
      return [
        http.get<{ file: string }>(`${base}/${SAMPLE_ID}/:file`, ({ params }) => {
          const text = largeSampleFiles()[params.file];
          return text === undefined ? undefined : fileResponse(params.file, text);
        }),
      ];
  }
}
