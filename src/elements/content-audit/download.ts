/** Saves the audit's CSV as a file (see `core/base/download.ts`). */
import { downloadFile } from '../../core/base/download.js';

/** Spreadsheets read a CSV file as UTF-8 (names in Arabic, German umlauts) only with this mark. */
const BYTE_ORDER_MARK = '\uFEFF';

export function downloadCsv(csv: string, filename: string, within: Node & ParentNode): void {
  downloadFile([BYTE_ORDER_MARK, csv], 'text/csv;charset=utf-8', filename, within);
}
