/**
 * Saves a file the way the Content-Security-Policy allows: a Blob, an object URL and a click on a
 * temporary `<a download>`; no data: URL, no window.open, no inline script. The object URL is revoked
 * once the browser has taken the click, so the Blob does not stay in memory.
 */


export interface DownloadOptions {
  /** The document to click in (tests pass their own). */
  document?: Document;
  /**
   * When to revoke the object URL. Default: on the next task; Chromium and Firefox have read the
   * Blob by then, and revoking in the same task can cancel the download in some browsers.
   */
  scheduleRevoke?: (revoke: () => void) => void;
}

const nextTask = (revoke: () => void): void => {
  setTimeout(revoke, 0);
};

export function downloadBlob(blob: Blob, fileName: string, options: DownloadOptions = {}): void {
  const doc = options.document ?? document;
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    (options.scheduleRevoke ?? nextTask)(() => {
      URL.revokeObjectURL(url);
    });
  }
}

export function downloadText(text: string, fileName: string, mimeType: string, options?: DownloadOptions): void {
  downloadBlob(new Blob([text], { type: mimeType }), fileName, options);
}

export function downloadBytes(bytes: Uint8Array<ArrayBuffer>, fileName: string, mimeType: string, options?: DownloadOptions): void {
  downloadBlob(new Blob([bytes], { type: mimeType }), fileName, options);
}
