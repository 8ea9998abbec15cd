import { takePrefetched } from './prefetch';

/** A non-2xx answer from the data host. 4xx errors are not retried: asking again will not help. */
export class HttpError extends Error {
  readonly status: number;
  readonly url: string;

  constructor(status: number, statusText: string, url: string) {
    super(`The data server answered ${status}${statusText ? ` ${statusText}` : ''} for ${url}`);
    this.name = 'HttpError';
    this.status = status;
    this.url = url;
  }
}

async function fetchOk(url: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    // The first request for a URL the page prefetched at start takes that response (prefetch.ts).
    response = await (takePrefetched(url) ?? fetch(url, { signal: signal ?? null }));
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new Error(`Could not reach the data server for ${url}. Check the connection and retry.`, {
      cause,
    });
  }
  if (!response.ok) throw new HttpError(response.status, response.statusText, url);
  return response;
}

export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  return (await fetchOk(url, signal)).text();
}

/**
 * The raw bytes, for files the loader decodes itself (src/data/decode-text.ts): `response.text()`
 * would replace invalid UTF-8 with U+FFFD and hide a wrongly encoded file.
 */
export async function fetchBytes(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  return new Uint8Array(await (await fetchOk(url, signal)).arrayBuffer());
}
