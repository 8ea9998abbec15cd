/**
 * Catches what the app downloads in jsdom, which has no object URLs and cannot save files: each
 * `<a download>` click is recorded with its Blob and then cancelled.
 */
import { afterEach, beforeEach } from 'vitest';

export interface CapturedDownload {
  fileName: string;
  blob: Blob;
}

export function captureDownloads(): CapturedDownload[] {
  const downloads: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  const onClick = (event: MouseEvent): void => {
    if (!(event.target instanceof HTMLAnchorElement) || !event.target.download) return;
    const blob = blobs.get(event.target.href);
    if (blob) downloads.push({ fileName: event.target.download, blob });
    event.preventDefault();
  };
  beforeEach(() => {
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:test/${blobs.size + 1}`;
      blobs.set(url, blob);
      return url;
    };
    URL.revokeObjectURL = () => undefined;
    document.addEventListener('click', onClick);
  });
  afterEach(() => {
    document.removeEventListener('click', onClick);
    downloads.length = 0;
    blobs.clear();
  });
  return downloads;
}

/** A downloaded text file as written, BOM included (TextDecoder drops it unless told not to). */
export async function blobText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}
