// Files in and out of the policies screens: a chosen file as base64 for the core, and an exported file saved through a download link.
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // In chunks: String.fromCharCode with a large spread would overflow the call stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBlob(dataBase64: string, mediaType: string): Blob {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mediaType });
}

/** A Blob and an <a download> click: saves the file in Chromium and in Electron alike, with no extra channel. */
export function saveBase64File(file: { fileName: string; mediaType: string; content: string }): void {
  const url = URL.createObjectURL(base64ToBlob(file.content, file.mediaType));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL can go after the click has been handled.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
