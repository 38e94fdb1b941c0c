/**
 * Saves text as a file: a Blob behind an object URL, followed by a temporary `<a download>`. No
 * inline script, no `data:` URL, nothing a strict Content-Security-Policy refuses.
 */

/** Some browsers start reading the Blob only after `click()` returns; revoke it well after. */
const REVOKE_AFTER_MS = 40_000;

export function downloadFile(parts: BlobPart[], type: string, filename: string, within: Node & ParentNode): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  within.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
