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

export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new Error(`Could not reach the data server for ${url}. Check the connection and retry.`, {
      cause,
    });
  }
  if (!response.ok) throw new HttpError(response.status, response.statusText, url);
  return response.text();
}
