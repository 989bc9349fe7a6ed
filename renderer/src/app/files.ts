// Files in and out of every screen: a chosen file as base64 for the core (IPC and the bridge carry JSON), and a file
// the core made saved through a download link, which works the same in Chromium and in Electron with no extra channel.

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // In chunks: String.fromCharCode with a 25 MB spread would overflow the call stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 is decoded a slice at a time with a pause between slices, so a 40 MB packet never stalls the window. */
export async function base64ToBlob(dataBase64: string, mediaType: string): Promise<Blob> {
  const sliceLength = 1 << 20; // a multiple of 4, so each slice decodes on its own
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let start = 0; start < dataBase64.length; start += sliceLength) {
    const binary = atob(dataBase64.slice(start, start + sliceLength));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    parts.push(bytes);
    await new Promise((resolve) => window.setTimeout(resolve, 0));
  }
  return new Blob(parts, { type: mediaType });
}

export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL can go after the click has been handled.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file the core made as base64 (a PDF, a stored document). */
export async function saveBase64File(file: { fileName: string; mediaType: string; content: string }): Promise<void> {
  saveFile(await base64ToBlob(file.content, file.mediaType), file.fileName);
}

/** A file the core made as text (CSV, calendar). */
export function saveTextFile(file: { fileName: string; mediaType: string; content: string }): void {
  saveFile(new Blob([file.content], { type: file.mediaType }), file.fileName);
}
