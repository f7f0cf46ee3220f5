/** Saves text as a file through the browser's download. */
export function downloadText(
  document: Document,
  fileName: string,
  text: string,
  type: string,
): void {
  downloadBlob(document, fileName, new Blob([text], { type }));
}

/** Saves a blob as a file (an object URL on a temporary link). */
export function downloadBlob(document: Document, fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file-name-safe slug of a name: lower case letters, digits and dashes. */
export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'scenario'
  );
}
