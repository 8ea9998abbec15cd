/**
 * Analysts' files for the e2e tests of issue 13, built in the test (no committed binaries): the same
 * rows as CSV, JSON and Excel (the workbook by write-excel-file, another library than the reader),
 * and the ways a reader hands one to the page — the file input, or a drop anywhere.
 */
import type { Page } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/universal';

export interface AnalystFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Denver's minor victims and San Juan's: values no published figure has, so the page can only show them from the file. */
export function resultsFiles(denver: number, sanJuan: number, stem: string): Promise<AnalystFile[]> {
  const header = ['edition', 'office', 'minor_victims', 'traffickers'];
  const rows: (string | number | null)[][] = [
    ['XIII', 'Denver', denver, 3],
    ['XIII', 'FBI San Juan', sanJuan, null],
  ];
  const csv = [header.join(','), ...rows.map((row) => row.map((cell) => cell ?? '').join(','))].join('\n') + '\n';
  const json = JSON.stringify({ rows: rows.map((row) => Object.fromEntries(header.map((key, i) => [key, row[i] ?? null]))) });
  return writeXlsxFile([header, ...rows], { sheet: 'results' })
    .toBlob()
    .then(async (blob: Blob) => [
      { name: `${stem}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) },
      { name: `${stem}.json`, mimeType: 'application/json', buffer: Buffer.from(json) },
      {
        name: `${stem}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await blob.arrayBuffer()),
      },
    ]);
}

/** Load your data, then the file input. */
export async function chooseFile(page: Page, file: AnalystFile | string): Promise<void> {
  await page.getByRole('button', { name: 'Load your data' }).click();
  await page.getByLabel('Choose a file (.csv, .xlsx or .json)').setInputFiles(file);
}

/** Drags the file over the page and drops it, as a file dragged from the desktop would be. */
export async function dropFile(page: Page, file: AnalystFile): Promise<void> {
  await page.evaluate(
    ({ name, mimeType, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: mimeType }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.querySelector('main')?.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') },
  );
}

/** The headline's minor-victims value as shown (e.g. "440+"). */
export async function minorVictims(page: Page): Promise<string> {
  return (await page.getByRole('article', { name: 'Minor victims', exact: true }).locator('.headline-card__value').textContent()) ?? '';
}
