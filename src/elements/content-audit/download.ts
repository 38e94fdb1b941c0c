/**
 * Saves text as a file: a Blob behind an object URL, followed by a temporary `<a download>`. No
 * inline script, no `data:` URL, nothing a strict Content-Security-Policy refuses.
 */

/** Spreadsheets read a CSV file as UTF-8 (names in Arabic, German umlauts) only with this mark. */
const BYTE_ORDER_MARK = '\uFEFF';
/** Some browsers start reading the Blob only after `click()` returns; revoke it well after. */
const REVOKE_AFTER_MS = 40_000;

export function downloadCsv(csv: string, filename: string, within: Node & ParentNode): void {
  const url = URL.createObjectURL(new Blob([BYTE_ORDER_MARK, csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  within.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
