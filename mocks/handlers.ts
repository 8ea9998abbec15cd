/**
 * MSW handlers for the data URL space: the catalogue, the published package (the committed files)
 * and the sample package (generated in memory). One set serves the browser worker and the Node test
 * server; scenarios (scenarios.ts) are prepended on top of these.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { CATALOGUE_FILE } from './catalogue';
import { mockCatalogue, packageFiles } from './packages';
import { DEFAULT_DATA_BASE_URL, fileResponse, notFound, routeBase } from './routes';

export function createHandlers(baseUrl: string = DEFAULT_DATA_BASE_URL): HttpHandler[] {
  const base = routeBase(baseUrl);
  return [
    http.get(`${base}/${CATALOGUE_FILE}`, () => HttpResponse.json(mockCatalogue())),
    http.get<{ dataset: string; file: string }>(`${base}/:dataset/:file`, ({ params }) => {
      const text = packageFiles(params.dataset)?.[params.file];
      return text === undefined ? notFound(`${params.dataset}/${params.file}`) : fileResponse(params.file, text);
    }),
    // Anything else under the data base URL is a 404, as a static host would answer; without this the
    // request would leave the mocks and reach the dev server, which answers unknown paths with index.html.
    http.all(`${base}/*`, ({ request }) => notFound(new URL(request.url).pathname)),
  ];
}
