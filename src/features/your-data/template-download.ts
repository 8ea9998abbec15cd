/**
 * "Download a template" (CSV or Excel): the template table of src/import/template.ts through the one
 * CSV writer, or the small .xlsx writer (fetched only for that choice).
 */
import type { QueryClient } from '@tanstack/react-query';
import { publishedReference } from '../../api/your-data-cache';
import { CSV_MIME_TYPE, toCsv } from '../../export/csv';
import { downloadBytes, downloadText } from '../../export/download';
import { exportFileName } from '../../export/file-names';
import { templateTable } from '../../import/template';

/** The sheet the validator reads first in a workbook. */
const SHEET = 'results';

export async function downloadTemplate(client: QueryClient, format: 'csv' | 'xlsx'): Promise<string> {
  const table = templateTable(await publishedReference(client));
  const fileName = exportFileName(['occ', 'results-template', table.editionId], format);
  if (format === 'csv') {
    downloadText(toCsv([table.header, ...table.rows]), fileName, CSV_MIME_TYPE);
  } else {
    const { xlsxWorkbook, XLSX_MIME_TYPE } = await import('../../export/xlsx');
    // The year as a number, as a spreadsheet would hold it; blanks as empty cells, never 0.
    const rows = table.rows.map((row) => row.map((cell) => (cell === '' ? null : /^\d{4}$/.test(cell) ? Number(cell) : cell)));
    downloadBytes(xlsxWorkbook(SHEET, [table.header, ...rows]), fileName, XLSX_MIME_TYPE);
  }
  return fileName;
}
