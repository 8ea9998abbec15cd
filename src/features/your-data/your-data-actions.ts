/**
 * What the YOUR DATA bar does on a click, loaded then: the dataset as a data package for the data
 * host (ZIP of the app's own format with a README), and its removal from this browser.
 */
import type { QueryClient } from '@tanstack/react-query';
import { removeLocalDataset } from '../../api/your-data-cache';
import type { Dataset, Manifest } from '../../data/types';
import { datasetFileTag } from '../../domain/your-data';
import { downloadBytes } from '../../export/download';
import { exportFileName } from '../../export/file-names';
import { ZIP_MIME_TYPE, zipFiles } from '../../export/zip';
import { hostPackage } from '../../import/data-package';

/** `occ_your-data-denver-results-loaded-2026-12-04_data-package.zip`, holding the folder to put on the host. */
export function packageZip(dataset: Dataset): { fileName: string; bytes: Uint8Array<ArrayBuffer> } {
  const built = hostPackage(dataset);
  const entries = Object.entries(built.files).map(([name, content]) => ({ name: `${built.folder}/${name}`, content }));
  return { fileName: exportFileName(['occ', datasetFileTag(dataset.manifest), 'data-package'], 'zip'), bytes: zipFiles(entries) };
}

export function downloadPackage(dataset: Dataset): string {
  const { fileName, bytes } = packageZip(dataset);
  downloadBytes(bytes, fileName, ZIP_MIME_TYPE);
  return fileName;
}

export async function removeDataset(client: QueryClient, manifest: Manifest): Promise<void> {
  await removeLocalDataset(client, { id: manifest.id, title: manifest.title, kind: 'imported', path: '' });
}
